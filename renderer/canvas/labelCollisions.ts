import type { Rect } from './edgeRoute';

/** An edge's rate label where it would be drawn, in flow coordinates, with what decides who keeps its place. */
export interface LabelCandidate {
  id: string;
  box: Rect;
  /** 0 when a rule names the edge with an error, 1 with a warning, 2 otherwise. */
  severity: number;
  /** The edge's data rate (MB/s). */
  rate: number;
}

/** Space kept between two labels, and between a label and a node, in flow units. */
const LABEL_GAP = 2;
/** Side of a cell of the spatial grid, in flow units (about a card's width). */
const CELL = 256;

/**
 * Which labels hide so that no shown label overlaps another or a node (`obstacles`). A label over a
 * node always hides; of two labels that would overlap, the one on the edge a rule names keeps its
 * place (errors before warnings), then the one carrying more data, then the edge whose id sorts first.
 * Labels and nodes are scaled together on the canvas, so the answer holds at every zoom. Linear in the
 * number of labels and nodes (a grid of cells), so it can run on every frame of a drag.
 */
export function hiddenLabels(labels: readonly LabelCandidate[], obstacles: readonly Rect[]): Set<string> {
  const hidden = new Set<string>();
  if (labels.length === 0) return hidden;
  const grid = new Map<string, Rect[]>();
  const cellsOf = (box: Rect): string[] => {
    const keys: string[] = [];
    const x0 = Math.floor((box.x - LABEL_GAP) / CELL);
    const x1 = Math.floor((box.x + box.width + LABEL_GAP) / CELL);
    const y0 = Math.floor((box.y - LABEL_GAP) / CELL);
    const y1 = Math.floor((box.y + box.height + LABEL_GAP) / CELL);
    for (let x = x0; x <= x1; x++) for (let y = y0; y <= y1; y++) keys.push(`${x},${y}`);
    return keys;
  };
  const add = (box: Rect) => {
    for (const key of cellsOf(box)) {
      const cell = grid.get(key);
      if (cell) cell.push(box);
      else grid.set(key, [box]);
    }
  };
  for (const box of obstacles) add(box);
  const ordered = [...labels].sort((a, b) => a.severity - b.severity || b.rate - a.rate || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const label of ordered) {
    const blocked = cellsOf(label.box).some((key) => grid.get(key)?.some((other) => overlaps(label.box, other)));
    if (blocked) hidden.add(label.id);
    else add(label.box);
  }
  return hidden;
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width + LABEL_GAP && b.x < a.x + a.width + LABEL_GAP && a.y < b.y + b.height + LABEL_GAP && b.y < a.y + a.height + LABEL_GAP;
}
