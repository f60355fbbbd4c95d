/** Alignment guides while dragging: which lines of nearby nodes a dragged box lines up with. Pure. */

import type { Rect } from './edgeRoute';

export interface GuideSnap {
  /** How far to shift the dragged box so it sits on the guides (0 when none is near). */
  dx: number;
  dy: number;
  /** x of each vertical guide line and y of each horizontal one, in flow coordinates. */
  vertical: number[];
  horizontal: number[];
}

/** Nodes farther than this from the dragged one (flow px) are not guide candidates. */
const GUIDE_REACH = 900;

const xs = (r: Rect): number[] => [r.x, r.x + r.width / 2, r.x + r.width];
const ys = (r: Rect): number[] => [r.y, r.y + r.height / 2, r.y + r.height];

/** The boxes within `reach` of `box` (computed once per drag, so each frame looks at few). */
export function nearbyBoxes(box: Rect, boxes: Iterable<Rect>, reach = GUIDE_REACH): Rect[] {
  const near: Rect[] = [];
  for (const other of boxes) {
    if (other.x > box.x + box.width + reach || other.x + other.width < box.x - reach) continue;
    if (other.y > box.y + box.height + reach || other.y + other.height < box.y - reach) continue;
    near.push(other);
  }
  return near;
}

/** The closest line of `candidates` to any of `lines`, when within `threshold`. */
function closest(lines: readonly number[], candidates: readonly number[], threshold: number): { shift: number; at: number } | undefined {
  let best: { shift: number; at: number } | undefined;
  for (const line of lines)
    for (const candidate of candidates) {
      const shift = candidate - line;
      if (Math.abs(shift) <= threshold && (!best || Math.abs(shift) < Math.abs(best.shift))) best = { shift, at: candidate };
    }
  return best;
}

/**
 * Snaps `box` (edges and centre) to the edges and centres of `others` within `threshold` on each
 * axis, and lists the guide lines it then sits on.
 */
export function snapToGuides(box: Rect, others: readonly Rect[], threshold: number): GuideSnap {
  const otherXs = others.flatMap(xs);
  const otherYs = others.flatMap(ys);
  const x = closest(xs(box), otherXs, threshold);
  const y = closest(ys(box), otherYs, threshold);
  const dx = x?.shift ?? 0;
  const dy = y?.shift ?? 0;
  const snapped = { ...box, x: box.x + dx, y: box.y + dy };
  const on = (lines: number[], candidates: number[]) => [...new Set(lines.filter((l) => candidates.some((c) => Math.abs(c - l) < 0.5)))];
  return { dx, dy, vertical: x ? on(xs(snapped), otherXs) : [], horizontal: y ? on(ys(snapped), otherYs) : [] };
}
