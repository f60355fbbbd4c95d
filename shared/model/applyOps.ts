import { catalog, defaultParams } from '../catalog/index';
import { paramValueProblem } from '../catalog/paramValidation';
import type { ServiceId } from '../catalog/serviceIds';
import type { Params, PipelineDocument, PipelineEdge, PipelineNode } from './document';
import type { DocumentOp } from './ops';

/** Applies document changes in order and returns a new document; the input is never mutated. */
export function applyOps(document: PipelineDocument, ops: readonly DocumentOp[]): PipelineDocument {
  let nodes = document.nodes.slice();
  let edges = document.edges.slice();
  const ids = new Set<string>([...nodes.map((n) => n.id), ...edges.map((e) => e.id)]);

  const freshId = (base: string): string => {
    for (let k = 1; ; k++) {
      const id = `${base}-${k}`;
      if (!ids.has(id)) {
        ids.add(id);
        return id;
      }
    }
  };
  const addEdge = (source: string, target: string): void => {
    if (source === target || edges.some((e) => e.source === source && e.target === target)) return;
    edges.push({ id: freshId(`e-${source}-${target}`), source, target });
  };
  const findNode = (id: string): PipelineNode | undefined => nodes.find((n) => n.id === id);
  const newNode = (service: ServiceId, label: string, x: number, y: number): PipelineNode => {
    const node: PipelineNode = { id: freshId(service), service, label, position: { x, y }, params: defaultParams(service) };
    nodes.push(node);
    return node;
  };
  const updateNode = (id: string, change: (node: PipelineNode) => PipelineNode): void => {
    nodes = nodes.map((n) => (n.id === id ? change(n) : n));
  };

  for (const op of ops) {
    switch (op.op) {
      case 'setParam':
        updateNode(op.node, (n) => ({ ...n, params: { ...n.params, [op.key]: op.value } }));
        break;
      case 'unsetParam':
        updateNode(op.node, (n) => {
          const params = { ...n.params };
          delete params[op.key];
          return { ...n, params };
        });
        break;
      case 'replaceService':
        updateNode(op.node, (n) => ({
          ...n,
          service: op.service,
          label: op.label ?? (n.label === catalog[n.service].shortName ? catalog[op.service].shortName : n.label),
          params: compatibleParams(n.params, op.service),
        }));
        break;
      case 'removeEdge':
        edges = edges.filter((e) => e.id !== op.edge);
        break;
      case 'removeNode':
        nodes = nodes.filter((n) => n.id !== op.node);
        edges = edges.filter((e) => e.source !== op.node && e.target !== op.node);
        break;
      case 'bypassNode': {
        const upstream = edges.filter((e) => e.target === op.node).map((e) => e.source);
        const downstream = edges.filter((e) => e.source === op.node).map((e) => e.target);
        nodes = nodes.filter((n) => n.id !== op.node);
        edges = edges.filter((e) => e.source !== op.node && e.target !== op.node);
        for (const source of upstream) for (const target of downstream) addEdge(source, target);
        break;
      }
      case 'insertBetween': {
        const from = findNode(op.source);
        if (!from) break;
        const to = op.target === undefined ? undefined : findNode(op.target);
        const x = to ? (from.position.x + to.position.x) / 2 : from.position.x + 240;
        const y = to ? (from.position.y + to.position.y) / 2 + 80 : from.position.y;
        const inserted = newNode(op.service, op.label, x, y);
        if (to) edges = edges.filter((e) => !(e.source === from.id && e.target === to.id));
        addEdge(from.id, inserted.id);
        if (to) addEdge(inserted.id, to.id);
        break;
      }
      case 'insertBefore': {
        const target = findNode(op.target);
        if (!target) break;
        const inserted = newNode(op.service, op.label, target.position.x - 240, target.position.y);
        addEdge(inserted.id, target.id);
        break;
      }
    }
  }
  return { ...document, nodes, edges: edges.filter(isEdgeBetween(nodes)) };
}

function isEdgeBetween(nodes: readonly PipelineNode[]): (edge: PipelineEdge) => boolean {
  const ids = new Set(nodes.map((n) => n.id));
  return (edge) => ids.has(edge.source) && ids.has(edge.target);
}

/** Keeps the parameters that mean the same on the new service and are valid there; fills the rest with defaults. */
export function compatibleParams(params: Params, service: ServiceId): Params {
  const result = defaultParams(service);
  for (const spec of catalog[service].params) {
    const value = params[spec.key];
    if (value !== undefined && paramValueProblem(spec, value) === undefined) result[spec.key] = value;
  }
  return result;
}
