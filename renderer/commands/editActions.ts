import { catalog, type ServiceId } from '../../shared/catalog/index';
import type { Position } from '../../shared/model/document';
import { connectionDirection } from '../../shared/model/connection';
import { extractFragment } from '../../shared/model/fragment';
import { labelMap } from '../store/labels';
import { useDocumentStore, EMPTY_SELECTION } from '../store/documentStore';
import { toast } from '../store/toastStore';
import { GRID_SIZE, useUiStore } from '../store/uiStore';
import { viewCentre } from '../canvas/flowInstance';
import { usePaletteStore } from '../canvas/paletteStore';
import { removeObjectsOps } from './canvasObjectActions';
import { objectMoveOps } from '../canvas/objectMoves';

/** Edits the commands, the canvas and the panels share; each is one undo step. */

export const NODE_WIDTH = 200;
export const NODE_HEIGHT = 72;

const docState = () => useDocumentStore.getState();

function snap(p: Position): Position {
  if (!useUiStore.getState().snapToGrid) return p;
  return { x: Math.round(p.x / GRID_SIZE) * GRID_SIZE, y: Math.round(p.y / GRID_SIZE) * GRID_SIZE };
}

const GAP_X = 40;
const GAP_Y = 24;

function overlaps(doc: { nodes: readonly { position: Position }[] }, p: Position): boolean {
  return doc.nodes.some(
    (n) => Math.abs(n.position.x - p.x) < NODE_WIDTH + GAP_X / 2 && Math.abs(n.position.y - p.y) < NODE_HEIGHT + GAP_Y / 2,
  );
}

/** The free spot nearest to `start`: tries rings of grid steps around it, below before above. */
export function freeSpot(doc: { nodes: readonly { position: Position }[] }, start: Position): Position {
  if (!overlaps(doc, start)) return start;
  const dx = NODE_WIDTH + GAP_X;
  const dy = NODE_HEIGHT + GAP_Y;
  for (let ring = 1; ring <= 12; ring++) {
    const candidates: Position[] = [];
    for (let j = -ring; j <= ring; j++) {
      for (let i = -ring; i <= ring; i++) {
        if (Math.max(Math.abs(i), Math.abs(j)) !== ring) continue;
        candidates.push({ x: start.x + i * dx, y: start.y + j * dy });
      }
    }
    candidates.sort((a, b) => Math.hypot(a.x - start.x, (a.y - start.y) * 1.5) - Math.hypot(b.x - start.x, (b.y - start.y) * 1.5) || b.y - a.y);
    const free = candidates.find((c) => !overlaps(doc, c));
    if (free) return free;
  }
  return { x: start.x + 24, y: start.y + 24 };
}

/** Adds a service with its centre at `centre` (flow coordinates), clear of other nodes, selects it, and lists it as recently used. */
export function addServiceAt(service: ServiceId, centre: Position, avoidOthers = false): string {
  const { doc, commit } = docState();
  let topLeft = { x: Math.round(centre.x - NODE_WIDTH / 2), y: Math.round(centre.y - NODE_HEIGHT / 2) };
  if (avoidOthers) topLeft = freeSpot(doc, topLeft);
  const { created } = commit([{ op: 'addNode', service, position: snap(topLeft) }], { select: 'created' });
  usePaletteStore.getState().used(service);
  return created.nodes[0]!;
}

/** Where the palette's next node goes instead of the view's centre ("Add node here"), once. */
let nextAddAt: Position | null = null;

export function setNextAddPosition(at: Position | null): void {
  nextAddAt = at;
}

export function addServiceAtCentre(service: ServiceId): string {
  const at = nextAddAt;
  nextAddAt = null;
  const id = addServiceAt(service, at ?? viewCentre(), at === null);
  toast(`Added ${catalog[service].shortName}.`, 'success');
  return id;
}

export function deleteSelection(): void {
  const { selection, commit } = docState();
  const objects = removeObjectsOps(selection.objects ?? []);
  if (selection.nodes.length === 0 && selection.edges.length === 0 && objects.length === 0) return;
  commit([{ op: 'removeElements', nodes: selection.nodes, edges: selection.edges }, ...objects], { select: EMPTY_SELECTION });
}

export function deleteNode(id: string): void {
  docState().commit([{ op: 'removeElements', nodes: [id], edges: [] }], { select: EMPTY_SELECTION });
}

export function duplicateSelection(): void {
  const { doc, selection, commit } = docState();
  const objects = selection.objects ?? [];
  if (selection.nodes.length === 0 && objects.length === 0) return;
  commit([{ op: 'insertFragment', fragment: extractFragment(doc, selection.nodes, objects), offset: { x: 32, y: 32 } }], { select: 'created' });
}

/** Connects the first two selected nodes, in whichever direction the catalog allows. */
export function connectSelected(): void {
  const { doc, selection, commit } = docState();
  const [first, second] = selection.nodes;
  if (!first || !second || selection.nodes.length !== 2) {
    toast('Select exactly two nodes to connect them.');
    return;
  }
  const direction = connectionDirection(doc, first, second);
  if (!direction.ok) {
    toast(direction.reason, 'error');
    return;
  }
  const { source, target } = direction;
  const { document: design } = commit([{ op: 'connect', source, target }], { select: { nodes: selection.nodes, edges: [] } });
  const labels = labelMap(design.nodes);
  toast(`Connected ${labels.get(source) ?? source} → ${labels.get(target) ?? target}.`, 'success');
}

export function nudgeSelection(dx: number, dy: number): void {
  const { doc, selection, commit } = docState();
  const objects = selection.objects ?? [];
  if (selection.nodes.length === 0 && objects.length === 0) return;
  const key = `nudge:${[...selection.nodes, ...objects].join(',')}`;
  if (objects.length === 0) {
    commit([{ op: 'nudgeNodes', nodes: selection.nodes, dx, dy }], { coalesceKey: key });
    return;
  }
  // Frames carry what is inside them; everything else selected moves by itself.
  const at = (p: Position, id: string) => ({ node: id, x: p.x + dx, y: p.y + dy });
  const nodeMoves = doc.nodes.filter((n) => selection.nodes.includes(n.id)).map((n) => at(n.position, n.id));
  const objectMoves = [...doc.groups, ...doc.annotations].filter((o) => objects.includes(o.id)).map((o) => at(o.position, o.id));
  commit(objectMoveOps(doc, objectMoves, nodeMoves), { coalesceKey: key });
}

export function selectAll(): void {
  const { doc, setSelection } = docState();
  const objects = [...doc.groups, ...doc.annotations].map((o) => o.id);
  setSelection({ nodes: doc.nodes.map((n) => n.id), edges: doc.edges.map((e) => e.id), objects });
}

export function clearSelection(): void {
  docState().setSelection(EMPTY_SELECTION);
}

/**
 * Moves the selection to the next (or previous) node in reading order; with `extend` it adds that
 * node to the selection instead — the keyboard way to pick two nodes for Connect.
 */
export function selectAdjacentNode(direction: 1 | -1, extend: boolean): string | undefined {
  const { doc, selection, setSelection } = docState();
  if (doc.nodes.length === 0) return undefined;
  const ordered = [...doc.nodes].sort((a, b) => a.position.x - b.position.x || a.position.y - b.position.y);
  const anchor = selection.nodes[selection.nodes.length - 1];
  const at = anchor ? ordered.findIndex((n) => n.id === anchor) : -1;
  let index = at < 0 ? (direction === 1 ? 0 : ordered.length - 1) : (at + direction + ordered.length) % ordered.length;
  // When extending, skip nodes that are already selected.
  if (extend) {
    for (let step = 0; step < ordered.length && selection.nodes.includes((ordered[index] as { id: string }).id); step++) {
      index = (index + direction + ordered.length) % ordered.length;
    }
  }
  const id = (ordered[index] as { id: string }).id;
  const nodes = extend ? [...selection.nodes.filter((n) => n !== id), id] : [id];
  setSelection({ nodes, edges: [] });
  return id;
}
