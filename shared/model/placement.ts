import type { PipelineNode, Position } from './document';

/**
 * The room a node takes on the canvas: the renderer's card is 200 px wide (`.service-node`) and 64 px
 * tall at least, taller when its figures wrap; the gaps keep edges and their labels readable.
 */
export const NODE_FOOTPRINT = { width: 200, height: 100, gapX: 40, gapY: 30 } as const;

/** Search step (the canvas grid is 20 px) and how far out to look before giving up. */
const STEP = 40;
const MAX_RINGS = 40;

function overlapsAny(nodes: readonly Pick<PipelineNode, 'position'>[], spot: Position): boolean {
  const { width, height, gapX, gapY } = NODE_FOOTPRINT;
  return nodes.some((n) => Math.abs(n.position.x - spot.x) < width + gapX && Math.abs(n.position.y - spot.y) < height + gapY);
}

/**
 * The top-left corner nearest to `preferred` where a new node's card overlaps none of `nodes` (with the
 * gaps above): `preferred` itself when it is clear, else the closest free spot on rings of 40 px steps,
 * below before above and right before left on ties.
 */
export function clearSpot(nodes: readonly Pick<PipelineNode, 'position'>[], preferred: Position): Position {
  const start = { x: Math.round(preferred.x), y: Math.round(preferred.y) };
  if (!overlapsAny(nodes, start)) return start;
  for (let ring = 1; ring <= MAX_RINGS; ring++) {
    const candidates: Position[] = [];
    for (let j = -ring; j <= ring; j++) {
      for (let i = -ring; i <= ring; i++) {
        if (Math.max(Math.abs(i), Math.abs(j)) === ring) candidates.push({ x: start.x + i * STEP, y: start.y + j * STEP });
      }
    }
    candidates.sort((a, b) => distance(a, start) - distance(b, start) || b.y - a.y || b.x - a.x);
    const free = candidates.find((c) => !overlapsAny(nodes, c));
    if (free) return free;
  }
  // Everything near is taken: below the lowest node.
  const lowest = Math.max(...nodes.map((n) => n.position.y));
  return { x: start.x, y: lowest + NODE_FOOTPRINT.height + NODE_FOOTPRINT.gapY };
}

const distance = (a: Position, b: Position): number => Math.hypot(a.x - b.x, a.y - b.y);
