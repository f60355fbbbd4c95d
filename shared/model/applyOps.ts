import { catalog, paramSpec } from '../catalog/index';
import { clearSpot, NODE_FOOTPRINT } from './placement';
import { carryParams, fitParams } from '../catalog/fitParams';
import { isValidParamValue } from '../catalog/paramValidation';
import { edgeProblem } from './connection';
import { EDGE_STYLES, MAX_REPLAY_HOURS, type EdgeStyle, type PipelineDocument } from './document';
import { applyCanvasObjectOp, isCanvasObjectOp } from './canvasObjectOps';
import { DocumentDraft, type CreatedIds } from './documentDraft';
import { labelAfterServiceChange, uniqueLabel } from './labels';
import type { DocumentOp, MetaChange } from './ops';

export interface AppliedOps {
  /** The new document; the very document given when the ops changed nothing. */
  document: PipelineDocument;
  /** Nodes and edges the ops created, so a caller can select them. */
  created: CreatedIds;
}

/**
 * Applies ops in order. The input is never mutated; untouched nodes and edges keep their objects,
 * and a list that changes nothing gives back the same document object (the canvas and the analysis
 * memo rely on both).
 */
export function applyOpsWithResult(document: PipelineDocument, ops: readonly DocumentOp[]): AppliedOps {
  const draft = new DocumentDraft(document);
  for (const op of ops) applyOp(draft, op);
  return { document: draft.finish(), created: draft.created };
}

/** `applyOpsWithResult` for callers that only need the document (fixes, tests). */
export function applyOps(document: PipelineDocument, ops: readonly DocumentOp[]): PipelineDocument {
  return applyOpsWithResult(document, ops).document;
}

function applyOp(draft: DocumentDraft, op: DocumentOp): void {
  if (isCanvasObjectOp(op)) {
    applyCanvasObjectOp(draft, op);
    return;
  }
  switch (op.op) {
    case 'addNode': {
      const label = op.label ?? uniqueLabel(draft.nodeLabels(), catalog[op.service].shortName);
      draft.newServiceNode(op.service, label, Math.round(op.position.x), Math.round(op.position.y));
      return;
    }
    case 'moveNodes':
      for (const move of op.moves) moveNode(draft, move.node, move.x, move.y);
      return;
    case 'nudgeNodes':
      for (const id of op.nodes) {
        const node = draft.node(id);
        if (node) moveNode(draft, id, node.position.x + op.dx, node.position.y + op.dy);
      }
      return;
    case 'connect': {
      const problem = edgeProblem(draft.node(op.source), draft.node(op.target), () => draft.hasEdgeBetween(op.source, op.target));
      if (problem === undefined) draft.addEdge(op.source, op.target);
      return;
    }
    case 'removeElements':
      for (const id of op.nodes) draft.removeNode(id);
      for (const id of op.edges) draft.removeEdge(id);
      return;
    case 'relabel':
      draft.updateNode(op.node, (n) => (n.label === op.label ? n : { ...n, label: op.label }));
      return;
    case 'setParam':
      draft.updateNode(op.node, (n) => {
        const spec = paramSpec(n.service, op.key);
        if (!spec || !isValidParamValue(spec, op.value) || n.params[op.key] === op.value) return n;
        return { ...n, params: { ...n.params, [op.key]: op.value } };
      });
      return;
    case 'unsetParam':
      draft.updateNode(op.node, (n) => {
        if (!Object.hasOwn(n.params, op.key)) return n;
        const params = { ...n.params };
        delete params[op.key];
        return { ...n, params };
      });
      return;
    case 'setMeta':
      setMeta(draft, op.change);
      return;
    case 'setSetting': {
      const { settings } = draft.meta;
      if (Number.isFinite(op.value) && settings[op.key] !== op.value) draft.setSettings({ ...settings, [op.key]: op.value });
      return;
    }
    case 'setEdgeStyle':
      setEdgeStyle(draft, op.style);
      return;
    case 'setPriceOverride': {
      const { settings } = draft.meta;
      const prices = { ...settings.prices };
      if (op.value === null) {
        if (!Object.hasOwn(prices, op.key)) return;
        delete prices[op.key];
      } else {
        if (!Number.isFinite(op.value) || prices[op.key] === op.value) return;
        prices[op.key] = op.value;
      }
      draft.setSettings({ ...settings, prices });
      return;
    }
    case 'insertFragment':
      insertFragment(draft, op);
      return;
    case 'replaceService':
      draft.updateNode(op.node, (n) =>
        n.service === op.service
          ? n
          : { ...n, service: op.service, label: labelAfterServiceChange(n.label, n.service, op.service), params: carryParams(n.params, op.service) },
      );
      return;
    case 'removeEdge':
      draft.removeEdge(op.edge);
      return;
    case 'removeNode':
      draft.removeNode(op.node);
      return;
    case 'bypassNode': {
      if (!draft.node(op.node)) return;
      const edges = draft.liveEdges();
      const upstream = edges.filter((e) => e.target === op.node).map((e) => e.source);
      const downstream = edges.filter((e) => e.source === op.node).map((e) => e.target);
      for (const edge of edges) if (edge.source === op.node || edge.target === op.node) draft.removeEdge(edge.id);
      draft.removeNode(op.node);
      for (const source of upstream) for (const target of downstream) if (draft.node(source) && draft.node(target)) draft.addEdge(source, target);
      return;
    }
    case 'insertBetween': {
      const from = draft.node(op.source);
      if (!from) return;
      const to = op.target === undefined ? undefined : draft.node(op.target);
      const preferred = to ? { x: (from.position.x + to.position.x) / 2, y: (from.position.y + to.position.y) / 2 } : { x: from.position.x + NODE_FOOTPRINT.width + NODE_FOOTPRINT.gapX, y: from.position.y };
      const spot = clearSpot(draft.liveNodes(), preferred);
      const inserted = draft.newServiceNode(op.service, op.label, spot.x, spot.y);
      if (to) for (const edge of draft.liveEdges()) if (edge.source === from.id && edge.target === to.id) draft.removeEdge(edge.id);
      draft.addEdge(from.id, inserted.id);
      if (to) draft.addEdge(inserted.id, to.id);
      return;
    }
    case 'insertBefore': {
      const target = draft.node(op.target);
      if (!target) return;
      const spot = clearSpot(draft.liveNodes(), { x: target.position.x - NODE_FOOTPRINT.width - NODE_FOOTPRINT.gapX, y: target.position.y });
      const inserted = draft.newServiceNode(op.service, op.label, spot.x, spot.y);
      draft.addEdge(inserted.id, target.id);
      return;
    }
  }
}

function moveNode(draft: DocumentDraft, id: string, x: number, y: number): void {
  draft.updateNode(id, (n) => (n.position.x === x && n.position.y === y ? n : { ...n, position: { x, y } }));
}

function setMeta(draft: DocumentDraft, change: MetaChange): void {
  const { title, notes, needs } = draft.meta;
  if (change.title !== undefined && change.title !== title) draft.setTitle(change.title);
  if (change.notes !== undefined && change.notes !== notes) draft.setNotes(change.notes);
  let next = needs;
  for (const key of ['kafkaEcosystem', 'exactlyOnce', 'requestTimeFeatures', 'leastOperationalOverhead'] as const) {
    const value = change.needs?.[key];
    if (value !== undefined && value !== next[key]) next = { ...next, [key]: value };
  }
  const replayHours = change.needs?.replayHours;
  if (typeof replayHours === 'number' && replayHours >= 0 && replayHours <= MAX_REPLAY_HOURS && replayHours !== next.replayHours) {
    next = { ...next, replayHours };
  }
  if (change.budgetPerMonth === null && next.budgetPerMonth !== undefined) {
    next = { ...next };
    delete next.budgetPerMonth;
  } else if (typeof change.budgetPerMonth === 'number' && Number.isFinite(change.budgetPerMonth) && change.budgetPerMonth !== next.budgetPerMonth) {
    next = { ...next, budgetPerMonth: change.budgetPerMonth };
  }
  if (next !== needs) draft.setNeeds(next);
}

function insertFragment(draft: DocumentDraft, op: Extract<DocumentOp, { op: 'insertFragment' }>): void {
  const idMap = new Map<string, string>();
  for (const node of op.fragment.nodes) {
    const inserted = draft.addNode({
      service: node.service,
      label: node.label,
      position: { x: node.position.x + op.offset.x, y: node.position.y + op.offset.y },
      params: fitParams(node.service, node.params).params,
    });
    idMap.set(node.id, inserted.id);
  }
  for (const edge of op.fragment.edges) {
    const source = idMap.get(edge.source);
    const target = idMap.get(edge.target);
    if (source && target) draft.addEdge(source, target);
  }
  const shift = (p: { x: number; y: number }) => ({ x: p.x + op.offset.x, y: p.y + op.offset.y });
  for (const group of op.fragment.groups ?? []) {
    applyCanvasObjectOp(draft, { op: 'addGroup', kind: group.kind, label: group.label, colour: group.colour, position: shift(group.position), size: group.size });
  }
  for (const note of op.fragment.annotations ?? []) {
    applyCanvasObjectOp(draft, { op: 'addAnnotation', kind: note.kind, text: note.text, position: shift(note.position), size: note.size });
  }
}

/** 'curved' is the default and is kept as an absent field, so a design saves the same either way. */
function setEdgeStyle(draft: DocumentDraft, style: EdgeStyle): void {
  const { settings } = draft.meta;
  if ((settings.edgeStyle ?? 'curved') === style || !EDGE_STYLES.includes(style)) return;
  const next = { ...settings };
  if (style === 'curved') delete next.edgeStyle;
  else next.edgeStyle = style;
  draft.setSettings(next);
}
