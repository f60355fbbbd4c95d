/** The path data and label anchor of one sheet edge, curved (React Flow's bezier) or orthogonal (steps). */

import type { EdgeStyle } from '../../model/document';

export interface EdgeEnds {
  sx: number;
  sy: number;
  tx: number;
  ty: number;
  /** The lowest bottom of the two cards: a backward orthogonal edge runs under it. */
  bottom: number;
}

export interface SheetEdgePath {
  d: string;
  /** Where the rate label is centred. */
  mid: { x: number; y: number };
}

/** How far an orthogonal edge leaves a card before turning. */
const STUB = 20;
/** Clearance between a backward orthogonal edge's lane and the cards above it. */
const LANE_GAP = 24;

export function sheetEdgePath(style: EdgeStyle, ends: EdgeEnds): SheetEdgePath {
  return style === 'orthogonal' ? stepPath(ends) : curvePath(ends);
}

function curvePath({ sx, sy, tx, ty }: EdgeEnds): SheetEdgePath {
  const dx = tx - sx;
  // React Flow's bezier: horizontal tangents, pulled further out when the edge runs backwards.
  const pull = dx >= 0 ? Math.max(dx * 0.5, 12) : 0.25 * 25 * Math.sqrt(-dx) + 40;
  const c1x = sx + pull;
  const c2x = tx - pull;
  // The bezier's midpoint (t = 0.5), above a straight line so the arrow stays visible under it.
  const x = 0.125 * sx + 0.375 * c1x + 0.375 * c2x + 0.125 * tx;
  const y = (sy + ty) / 2 - (Math.abs(ty - sy) < 24 ? 13 : 0);
  return { d: `M${sx} ${sy}C${c1x} ${sy} ${c2x} ${ty} ${tx} ${ty}`, mid: { x, y } };
}

function stepPath({ sx, sy, tx, ty, bottom }: EdgeEnds): SheetEdgePath {
  if (tx - sx >= 2 * STUB) {
    const midX = (sx + tx) / 2;
    const y = (sy + ty) / 2 - (Math.abs(ty - sy) < 24 ? 13 : 0);
    return { d: `M${sx} ${sy}H${midX}V${ty}H${tx}`, mid: { x: midX, y } };
  }
  // Backward: out to the right, along a lane under both cards, in from the left.
  const outX = sx + STUB;
  const inX = tx - STUB;
  const laneY = bottom + LANE_GAP;
  return { d: `M${sx} ${sy}H${outX}V${laneY}H${inX}V${ty}H${tx}`, mid: { x: (outX + inX) / 2, y: laneY } };
}
