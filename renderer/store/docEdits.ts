import { canConnect, catalog, connectionRefusal, defaultParams, type ServiceId } from '../../shared/catalog/index';
import type { Needs, ParamValue, PipelineDocument, PipelineEdge, PipelineNode, Position } from '../../shared/model/document';
import { carryParams } from '../panels/paramValidation';
import { freshId, usedIds } from './ids';

/** Pure edits of a document. Each returns a new document and never mutates its input. */

function uniqueLabel(doc: PipelineDocument, base: string): string {
  const labels = new Set(doc.nodes.map((n) => n.label));
  if (!labels.has(base)) return base;
  for (let k = 2; ; k++) if (!labels.has(`${base} ${k}`)) return `${base} ${k}`;
}

export function addNode(doc: PipelineDocument, service: ServiceId, position: Position): { doc: PipelineDocument; id: string } {
  const id = freshId(service, usedIds(doc));
  const node: PipelineNode = {
    id,
    service,
    label: uniqueLabel(doc, catalog[service].shortName),
    position: { x: Math.round(position.x), y: Math.round(position.y) },
    params: defaultParams(service),
  };
  return { doc: { ...doc, nodes: [...doc.nodes, node] }, id };
}

/** Removes nodes (with their edges) and edges. */
export function removeElements(doc: PipelineDocument, nodeIds: readonly string[], edgeIds: readonly string[] = []): PipelineDocument {
  if (nodeIds.length === 0 && edgeIds.length === 0) return doc;
  const nodes = new Set(nodeIds);
  const edges = new Set(edgeIds);
  return {
    ...doc,
    nodes: doc.nodes.filter((n) => !nodes.has(n.id)),
    edges: doc.edges.filter((e) => !edges.has(e.id) && !nodes.has(e.source) && !nodes.has(e.target)),
  };
}

/** Sets positions; nodes whose position is unchanged keep their object. */
export function moveNodes(doc: PipelineDocument, positions: ReadonlyMap<string, Position>): PipelineDocument {
  let changed = false;
  const nodes = doc.nodes.map((node) => {
    const next = positions.get(node.id);
    if (!next || (next.x === node.position.x && next.y === node.position.y)) return node;
    changed = true;
    return { ...node, position: { x: next.x, y: next.y } };
  });
  return changed ? { ...doc, nodes } : doc;
}

export function nudgeNodes(doc: PipelineDocument, ids: readonly string[], dx: number, dy: number): PipelineDocument {
  const set = new Set(ids);
  const positions = new Map<string, Position>();
  for (const node of doc.nodes) {
    if (set.has(node.id)) positions.set(node.id, { x: node.position.x + dx, y: node.position.y + dy });
  }
  return moveNodes(doc, positions);
}

export type ConnectResult =
  | { ok: true; doc: PipelineDocument; edgeId: string }
  | { ok: false; reason: string };

export function connectNodes(doc: PipelineDocument, sourceId: string, targetId: string): ConnectResult {
  const source = doc.nodes.find((n) => n.id === sourceId);
  const target = doc.nodes.find((n) => n.id === targetId);
  if (!source || !target) return { ok: false, reason: 'Both nodes must exist.' };
  if (source.id === target.id) return { ok: false, reason: 'A node cannot feed itself.' };
  if (!canConnect(source.service, target.service)) {
    return { ok: false, reason: connectionRefusal(source.service, target.service) ?? 'These services cannot be connected.' };
  }
  if (doc.edges.some((e) => e.source === sourceId && e.target === targetId)) {
    return { ok: false, reason: `${source.label} already feeds ${target.label}.` };
  }
  const edgeId = freshId(`e-${sourceId}-${targetId}`, usedIds(doc));
  const edge: PipelineEdge = { id: edgeId, source: sourceId, target: targetId };
  return { ok: true, doc: { ...doc, edges: [...doc.edges, edge] }, edgeId };
}

/**
 * Connects two nodes in whichever direction the catalog allows, trying `first → second` first.
 * Returns the refusal of the preferred direction when neither works.
 */
export function connectEitherWay(doc: PipelineDocument, first: string, second: string): ConnectResult {
  const forward = connectNodes(doc, first, second);
  if (forward.ok) return forward;
  const backward = connectNodes(doc, second, first);
  return backward.ok ? backward : forward;
}

/** Nodes and the edges between them, as copied to the clipboard. */
export interface Fragment {
  nodes: PipelineNode[];
  edges: PipelineEdge[];
}

export function extractFragment(doc: PipelineDocument, nodeIds: readonly string[]): Fragment {
  const set = new Set(nodeIds);
  return {
    nodes: doc.nodes.filter((n) => set.has(n.id)),
    edges: doc.edges.filter((e) => set.has(e.source) && set.has(e.target)),
  };
}

/** Adds a copy of a fragment with fresh ids, shifted by `offset`; returns the new node ids. */
export function insertFragment(doc: PipelineDocument, fragment: Fragment, offset: Position): { doc: PipelineDocument; ids: string[] } {
  const taken = usedIds(doc);
  const idMap = new Map<string, string>();
  const nodes: PipelineNode[] = fragment.nodes.map((node) => {
    const id = freshId(node.service, taken);
    idMap.set(node.id, id);
    return {
      ...node,
      id,
      params: { ...node.params },
      position: { x: node.position.x + offset.x, y: node.position.y + offset.y },
    };
  });
  const edges: PipelineEdge[] = [];
  for (const edge of fragment.edges) {
    const source = idMap.get(edge.source);
    const target = idMap.get(edge.target);
    if (source && target) edges.push({ id: freshId(`e-${source}-${target}`, taken), source, target });
  }
  return { doc: { ...doc, nodes: [...doc.nodes, ...nodes], edges: [...doc.edges, ...edges] }, ids: nodes.map((n) => n.id) };
}

export function duplicateNodes(doc: PipelineDocument, nodeIds: readonly string[], offset: Position): { doc: PipelineDocument; ids: string[] } {
  return insertFragment(doc, extractFragment(doc, nodeIds), offset);
}

function updateNode(doc: PipelineDocument, id: string, change: (node: PipelineNode) => PipelineNode): PipelineDocument {
  let changed = false;
  const nodes = doc.nodes.map((node) => {
    if (node.id !== id) return node;
    const next = change(node);
    if (next !== node) changed = true;
    return next;
  });
  return changed ? { ...doc, nodes } : doc;
}

/** Sets a parameter, or removes it when `value` is undefined (an optional parameter left empty). */
export function setParam(doc: PipelineDocument, id: string, key: string, value: ParamValue | undefined): PipelineDocument {
  return updateNode(doc, id, (node) => {
    if (node.params[key] === value) return node;
    const params = { ...node.params };
    if (value === undefined) delete params[key];
    else params[key] = value;
    return { ...node, params };
  });
}

export function setLabel(doc: PipelineDocument, id: string, label: string): PipelineDocument {
  return updateNode(doc, id, (node) => (node.label === label ? node : { ...node, label }));
}

/**
 * Changes a node's service. Parameters with the same key that are valid for the new service are
 * kept; the rest come from the new service's defaults. A label still equal to the old service's
 * short name follows the new service.
 */
export function changeService(doc: PipelineDocument, id: string, service: ServiceId): PipelineDocument {
  return updateNode(doc, id, (node) => {
    if (node.service === service) return node;
    const oldName = catalog[node.service].shortName;
    const label = node.label === oldName || node.label.startsWith(`${oldName} `) ? node.label.replace(oldName, catalog[service].shortName) : node.label;
    return { ...node, service, label, params: carryParams(node.params, service) };
  });
}

export interface MetaPatch {
  title?: string;
  notes?: string;
  needs?: Partial<Needs>;
  /** `budgetPerMonth: undefined` removes the budget. */
  clearBudget?: boolean;
}

export function updateMeta(doc: PipelineDocument, patch: MetaPatch): PipelineDocument {
  const next: PipelineDocument = { ...doc };
  if (patch.title !== undefined) next.title = patch.title;
  if (patch.notes !== undefined) next.notes = patch.notes;
  if (patch.needs || patch.clearBudget) {
    const needs = { ...doc.needs, ...patch.needs };
    if (patch.clearBudget) delete needs.budgetPerMonth;
    next.needs = needs;
  }
  return next;
}

export function setSetting(doc: PipelineDocument, key: 'hoursPerMonth' | 'spotDiscount', value: number): PipelineDocument {
  if (doc.settings[key] === value) return doc;
  return { ...doc, settings: { ...doc.settings, [key]: value } };
}

/** Overrides one price, or returns it to the list price when `value` is undefined. */
export function setPriceOverride(doc: PipelineDocument, key: string, value: number | undefined): PipelineDocument {
  const prices: Record<string, number> = { ...doc.settings.prices };
  if (value === undefined) {
    if (!(key in prices)) return doc;
    delete prices[key];
  } else {
    if (prices[key] === value) return doc;
    prices[key] = value;
  }
  return { ...doc, settings: { ...doc.settings, prices } };
}
