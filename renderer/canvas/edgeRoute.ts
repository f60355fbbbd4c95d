/** Where an edge runs and where its rate label sits, in flow coordinates. Pure: no React, no DOM. */

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Point {
  x: number;
  y: number;
}

/** How far a backward edge leaves the source (and enters the target) before turning. */
const STUB = 24;
/** Clearance between a detour lane and the nodes it goes around. */
const LANE_GAP = 28;
const CORNER = 10;

/** The edge points right to left (or straight down/up): a curve would run through its own ends. */
export function isBackward(source: Point, target: Point): boolean {
  return target.x < source.x + 2 * STUB;
}

/** Orthogonal route of a backward edge: out of the source to the right, along `laneY`, into the target from the left. */
export function backwardRoute(source: Point, target: Point, laneY: number): Point[] {
  const outX = source.x + STUB;
  const inX = target.x - STUB;
  return [source, { x: outX, y: source.y }, { x: outX, y: laneY }, { x: inX, y: laneY }, { x: inX, y: target.y }, target];
}

/** An SVG path through `points` with rounded corners. */
export function roundedPath(points: readonly Point[], corner = CORNER): string {
  let d = `M${points[0]!.x},${points[0]!.y}`;
  for (let i = 1; i < points.length - 1; i++) {
    const prev = points[i - 1]!;
    const at = points[i]!;
    const next = points[i + 1]!;
    const r = Math.min(corner, distance(prev, at) / 2, distance(at, next) / 2);
    const before = towards(at, prev, r);
    const after = towards(at, next, r);
    d += ` L${before.x},${before.y} Q${at.x},${at.y} ${after.x},${after.y}`;
  }
  const last = points[points.length - 1]!;
  return `${d} L${last.x},${last.y}`;
}

/**
 * The y of the detour lane of a backward edge: below both ends, or above them, whichever crosses
 * fewer of `obstacles` (other nodes); below on a tie.
 */
export function detourLane(source: Point, target: Point, ends: readonly Rect[], obstacles: readonly Rect[]): number {
  const below = Math.max(...ends.map((r) => r.y + r.height)) + LANE_GAP;
  const above = Math.min(...ends.map((r) => r.y)) - LANE_GAP;
  const hits = (laneY: number): number => {
    const route = backwardRoute(source, target, laneY);
    let count = 0;
    for (const rect of obstacles) if (route.some((p, i) => i > 0 && segmentHits(route[i - 1]!, p, rect))) count++;
    return count;
  };
  return hits(above) < hits(below) ? above : below;
}

/** The midpoint along a polyline (by length). */
export function polylineMidpoint(points: readonly Point[]): Point {
  const lengths = points.slice(1).map((p, i) => distance(points[i]!, p));
  let remaining = lengths.reduce((sum, l) => sum + l, 0) / 2;
  for (let i = 0; i < lengths.length; i++) {
    if (remaining <= lengths[i]!) return towards(points[i]!, points[i + 1]!, remaining);
    remaining -= lengths[i]!;
  }
  return points[points.length - 1]!;
}

type LabelLayout = 'line' | 'stacked';

export interface LabelPlacement {
  x: number;
  y: number;
  layout: LabelLayout;
}

/** Label sizes (width, height) on one line and stacked on two ("0.56" over "MB/s"). */
export interface LabelSizes {
  line: { width: number; height: number };
  stacked: { width: number; height: number };
}

/** Space kept between a label and a node. */
const LABEL_CLEARANCE = 4;

/**
 * Where the rate label goes: at the edge's midpoint on one line, else stacked on two lines, when that
 * box is clear of the edge's end nodes; otherwise just above (or below) the ends at the midpoint's x.
 */
export function placeLabel(mid: Point, ends: readonly Rect[], sizes: LabelSizes): LabelPlacement {
  for (const layout of ['line', 'stacked'] as const) {
    const size = sizes[layout];
    const box = { x: mid.x - size.width / 2, y: mid.y - size.height / 2, width: size.width, height: size.height };
    if (!ends.some((r) => overlaps(box, r, LABEL_CLEARANCE))) return { ...mid, layout };
  }
  const top = Math.min(...ends.map((r) => r.y));
  return { x: mid.x, y: top - LABEL_CLEARANCE - sizes.line.height / 2, layout: 'line' };
}

/** Estimated label sizes for `text` at the canvas's label font (11–12 px, semibold, tabular). */
export function estimatedLabelSizes(text: string): LabelSizes {
  const CHAR = 6.6;
  const PAD_X = 16;
  const LINE = 16;
  const split = splitRate(text);
  const stackedChars = split ? Math.max(split[0].length, split[1].length) : text.length;
  return {
    line: { width: text.length * CHAR + PAD_X, height: LINE + 4 },
    stacked: { width: stackedChars * CHAR + PAD_X, height: (split ? 2 : 1) * LINE + 4 },
  };
}

/** "0.56 MB/s" → ["0.56", "MB/s"]: the figure and its unit, split at the last space. */
export function splitRate(text: string): [string, string] | undefined {
  const at = text.lastIndexOf(' ');
  return at > 0 ? [text.slice(0, at), text.slice(at + 1)] : undefined;
}

function overlaps(a: Rect, b: Rect, margin: number): boolean {
  return a.x < b.x + b.width + margin && b.x - margin < a.x + a.width && a.y < b.y + b.height + margin && b.y - margin < a.y + a.height;
}

/** An axis-aligned segment crosses the inside of `rect`. */
function segmentHits(a: Point, b: Point, rect: Rect): boolean {
  const minX = Math.min(a.x, b.x);
  const maxX = Math.max(a.x, b.x);
  const minY = Math.min(a.y, b.y);
  const maxY = Math.max(a.y, b.y);
  return maxX > rect.x && minX < rect.x + rect.width && maxY > rect.y && minY < rect.y + rect.height;
}

function distance(a: Point, b: Point): number {
  return Math.hypot(b.x - a.x, b.y - a.y);
}

function towards(from: Point, to: Point, by: number): Point {
  const length = distance(from, to);
  if (length === 0) return from;
  return { x: from.x + ((to.x - from.x) * by) / length, y: from.y + ((to.y - from.y) * by) / length };
}
