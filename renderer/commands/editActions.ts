import { catalog, type ServiceId } from '../../shared/catalog/index';
import type { Position } from '../../shared/model/document';
import { connectEitherWay, duplicateNodes, nudgeNodes, removeElements, addNode } from '../store/docEdits';
import { useDocumentStore, EMPTY_SELECTION } from '../store/documentStore';
import { toast } from '../store/toastStore';
import { GRID_SIZE, useUiStore } from '../store/uiStore';
import { viewCentre } from '../canvas/flowInstance';

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

/** Adds a service with its centre at `centre` (flow coordinates), clear of other nodes, and selects it. */
export function addServiceAt(service: ServiceId, centre: Position, avoidOthers = false): string {
  const { doc, commitDocument } = docState();
  let topLeft = { x: Math.round(centre.x - NODE_WIDTH / 2), y: Math.round(centre.y - NODE_HEIGHT / 2) };
  if (avoidOthers) topLeft = freeSpot(doc, topLeft);
  const added = addNode(doc, service, snap(topLeft));
  commitDocument(added.doc, { select: { nodes: [added.id], edges: [] } });
  return added.id;
}

export function addServiceAtCentre(service: ServiceId): string {
  const id = addServiceAt(service, viewCentre(), true);
  toast(`Added ${catalog[service].shortName}.`, 'success');
  return id;
}

export function deleteSelection(): void {
  const { doc, selection, commitDocument } = docState();
  if (selection.nodes.length === 0 && selection.edges.length === 0) return;
  commitDocument(removeElements(doc, selection.nodes, selection.edges), { select: EMPTY_SELECTION });
}

export function deleteNode(id: string): void {
  const { doc, commitDocument } = docState();
  commitDocument(removeElements(doc, [id]), { select: EMPTY_SELECTION });
}

export function duplicateSelection(): void {
  const { doc, selection, commitDocument } = docState();
  if (selection.nodes.length === 0) return;
  const result = duplicateNodes(doc, selection.nodes, { x: 32, y: 32 });
  commitDocument(result.doc, { select: { nodes: result.ids, edges: [] } });
}

/** Connects the first two selected nodes, in whichever direction the catalog allows. */
export function connectSelected(): void {
  const { doc, selection, commitDocument } = docState();
  const [first, second] = selection.nodes;
  if (!first || !second || selection.nodes.length !== 2) {
    toast('Select exactly two nodes to connect them.');
    return;
  }
  const result = connectEitherWay(doc, first, second);
  if (!result.ok) {
    toast(result.reason, 'error');
    return;
  }
  commitDocument(result.doc, { select: { nodes: selection.nodes, edges: [] } });
  const edge = result.doc.edges.find((e) => e.id === result.edgeId);
  const label = (id: string | undefined) => result.doc.nodes.find((n) => n.id === id)?.label ?? id;
  toast(`Connected ${label(edge?.source)} → ${label(edge?.target)}.`, 'success');
}

export function nudgeSelection(dx: number, dy: number): void {
  const { doc, selection, commitDocument } = docState();
  if (selection.nodes.length === 0) return;
  commitDocument(nudgeNodes(doc, selection.nodes, dx, dy), { coalesceKey: `nudge:${selection.nodes.join(',')}` });
}

export function selectAll(): void {
  const { doc, setSelection } = docState();
  setSelection({ nodes: doc.nodes.map((n) => n.id), edges: doc.edges.map((e) => e.id) });
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
