import type { NodeMove } from './ops';

/** A node's box on the canvas, in flow coordinates. */
export interface NodeBox {
  node: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export type AlignEdge = 'left' | 'center' | 'right' | 'top' | 'middle' | 'bottom';
export type DistributeAxis = 'horizontal' | 'vertical';

/** Where a box's aligned line is (its left, centre, right, top, middle or bottom). */
function lineOf(box: NodeBox, edge: AlignEdge): number {
  switch (edge) {
    case 'left':
      return box.x;
    case 'center':
      return box.x + box.width / 2;
    case 'right':
      return box.x + box.width;
    case 'top':
      return box.y;
    case 'middle':
      return box.y + box.height / 2;
    case 'bottom':
      return box.y + box.height;
  }
}

/** The box's new top-left so its `edge` line sits on `at`. */
function placed(box: NodeBox, edge: AlignEdge, at: number): NodeMove {
  const horizontal = edge === 'left' || edge === 'center' || edge === 'right';
  const offset = lineOf(box, edge) - (horizontal ? box.x : box.y);
  return horizontal ? { node: box.node, x: Math.round(at - offset), y: box.y } : { node: box.node, x: box.x, y: Math.round(at - offset) };
}

/**
 * Moves that line the boxes up on one edge: left/top on the smallest, right/bottom on the largest,
 * centre/middle on the middle of the selection's bounds. Fewer than two boxes: nothing to do.
 */
export function alignMoves(boxes: readonly NodeBox[], edge: AlignEdge): NodeMove[] {
  if (boxes.length < 2) return [];
  const lines = boxes.map((box) => lineOf(box, edge));
  let at: number;
  if (edge === 'left' || edge === 'top') at = Math.min(...lines);
  else if (edge === 'right' || edge === 'bottom') at = Math.max(...lines);
  else {
    const start = edge === 'center' ? Math.min(...boxes.map((b) => b.x)) : Math.min(...boxes.map((b) => b.y));
    const end = edge === 'center' ? Math.max(...boxes.map((b) => b.x + b.width)) : Math.max(...boxes.map((b) => b.y + b.height));
    at = (start + end) / 2;
  }
  return boxes.map((box) => placed(box, edge, at)).filter((move, i) => move.x !== boxes[i]!.x || move.y !== boxes[i]!.y);
}

/**
 * Moves that space the boxes evenly along an axis: the first and last stay, the gaps between
 * neighbours become equal. Fewer than three boxes: nothing to do.
 */
export function distributeMoves(boxes: readonly NodeBox[], axis: DistributeAxis): NodeMove[] {
  if (boxes.length < 3) return [];
  const horizontal = axis === 'horizontal';
  const start = (b: NodeBox) => (horizontal ? b.x : b.y);
  const size = (b: NodeBox) => (horizontal ? b.width : b.height);
  const sorted = [...boxes].sort((a, b) => start(a) - start(b) || a.node.localeCompare(b.node));
  const first = sorted[0]!;
  const last = sorted[sorted.length - 1]!;
  const span = start(last) + size(last) - start(first);
  const gap = (span - sorted.reduce((sum, b) => sum + size(b), 0)) / (sorted.length - 1);
  const moves: NodeMove[] = [];
  let at = start(first);
  for (const box of sorted) {
    const to = Math.round(at);
    if (to !== start(box)) moves.push(horizontal ? { node: box.node, x: to, y: box.y } : { node: box.node, x: box.x, y: to });
    at += size(box) + gap;
  }
  return moves;
}
