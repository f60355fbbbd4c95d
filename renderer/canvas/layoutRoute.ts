import type { LayoutRoute } from '../store/layoutRouteStore';
import type { Point } from './edgeRoute';

/** How far (flow px) an edge's end may be from where the layout routed it and still use the route. */
const END_TOLERANCE = 3;

const near = (a: Point, b: Point) => Math.abs(a.x - b.x) <= END_TOLERANCE && Math.abs(a.y - b.y) <= END_TOLERANCE;

/**
 * The layout's route for an edge from `start` to `end`, its ends moved onto the handles (and the
 * neighbouring bends with them, so the first and last legs stay straight); undefined when either end
 * has moved since the layout.
 */
export function routeFor(route: LayoutRoute | undefined, start: Point, end: Point): Point[] | undefined {
  if (!route || route.length < 2 || !near(route[0]!, start) || !near(route[route.length - 1]!, end)) return undefined;
  const points = route.map((p) => ({ ...p }));
  const last = points.length - 1;
  if (points.length > 2) {
    if (points[1]!.y === route[0]!.y) points[1]!.y = start.y;
    if (points[last - 1]!.y === route[last]!.y) points[last - 1]!.y = end.y;
  }
  points[0] = start;
  points[last] = end;
  return points;
}
