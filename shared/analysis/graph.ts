import { canConnectIndex, SERVICE_IDS, serviceIndex } from '../catalog/index';
import type { PipelineDocument } from '../model/document';

/**
 * The document's nodes and edges as integer-indexed adjacency lists, built once per analysis so
 * every rule and formula runs in linear time.
 */
export interface PipelineGraph {
  /** Node index by id. */
  index: Map<string, number>;
  /** Each node's service as its `serviceIndex`. */
  serviceOf: Uint8Array;
  /** The nodes of each service (by `serviceIndex`), in document order. Shared: never modify. */
  byService: readonly (readonly number[])[];
  /**
   * Outgoing / incoming edge indices (into document.edges) in compressed rows: node i's outgoing
   * edges are outEdge[outStart[i] .. outStart[i + 1]). Flat typed arrays keep large graphs cheap.
   */
  outStart: Int32Array;
  outEdge: Int32Array;
  inStart: Int32Array;
  inEdge: Int32Array;
  edgeSource: Int32Array;
  edgeTarget: Int32Array;
  /** Whether the catalog allows each edge. */
  edgeValid: Uint8Array;
  /** Nodes in topological order; nodes on a cycle are appended after the acyclic ones. */
  order: Int32Array;
  /** Edges that close a cycle (back edges of a depth-first search over the cyclic part). */
  cycleEdges: number[];
}

export function buildGraph(document: PipelineDocument): PipelineGraph {
  const { nodes, edges } = document;
  const n = nodes.length;
  const index = new Map<string, number>();
  const serviceOf = new Uint8Array(n);
  const byService: number[][] = SERVICE_IDS.map(() => []);
  for (let i = 0; i < n; i++) {
    const node = nodes[i]!;
    index.set(node.id, i);
    const service = serviceIndex(node.service);
    serviceOf[i] = service;
    byService[service]!.push(i);
  }

  const m = edges.length;
  const edgeSource = new Int32Array(m).fill(-1);
  const edgeTarget = new Int32Array(m).fill(-1);
  const edgeValid = new Uint8Array(m);
  const outStart = new Int32Array(n + 1);
  const inStart = new Int32Array(n + 1);
  for (let e = 0; e < m; e++) {
    const edge = edges[e]!;
    const s = index.get(edge.source);
    const t = index.get(edge.target);
    if (s === undefined || t === undefined) continue;
    edgeSource[e] = s;
    edgeTarget[e] = t;
    edgeValid[e] = canConnectIndex(serviceOf[s]!, serviceOf[t]!) ? 1 : 0;
    outStart[s + 1]!++;
    inStart[t + 1]!++;
  }
  for (let i = 0; i < n; i++) {
    outStart[i + 1]! += outStart[i]!;
    inStart[i + 1]! += inStart[i]!;
  }
  const outEdge = new Int32Array(outStart[n]!);
  const inEdge = new Int32Array(inStart[n]!);
  const outFill = outStart.slice(0, n);
  const inFill = inStart.slice(0, n);
  for (let e = 0; e < m; e++) {
    const s = edgeSource[e]!;
    if (s < 0) continue;
    outEdge[outFill[s]!++] = e;
    inEdge[inFill[edgeTarget[e]!]!++] = e;
  }

  const adjacency = { outStart, outEdge, inStart, edgeTarget };
  const { order, placed } = topologicalOrder(n, adjacency);
  const cycleEdges = placed === n ? [] : findCycleEdges(n, order, placed, adjacency);
  return { index, serviceOf, byService, outStart, outEdge, inStart, inEdge, edgeSource, edgeTarget, edgeValid, order, cycleEdges };
}

type Adjacency = Pick<PipelineGraph, 'outStart' | 'outEdge' | 'inStart' | 'edgeTarget'>;

function topologicalOrder(n: number, graph: Adjacency): { order: Int32Array; placed: number } {
  const { outStart, outEdge, inStart, edgeTarget } = graph;
  const remaining = new Int32Array(n);
  for (let i = 0; i < n; i++) remaining[i] = inStart[i + 1]! - inStart[i]!;
  const order = new Int32Array(n);
  let head = 0;
  let tail = 0;
  for (let i = 0; i < n; i++) if (remaining[i] === 0) order[tail++] = i;
  while (head < tail) {
    const node = order[head++]!;
    for (let k = outStart[node]!; k < outStart[node + 1]!; k++) {
      const t = edgeTarget[outEdge[k]!]!;
      if (--remaining[t]! === 0) order[tail++] = t;
    }
  }
  const placed = tail;
  // Append the nodes Kahn's algorithm could not place: they sit on or behind a cycle.
  for (let i = 0; i < n; i++) if (remaining[i]! > 0) order[tail++] = i;
  return { order, placed };
}

/** Iterative depth-first search over the unplaced nodes, returning one back edge per cycle found. */
function findCycleEdges(n: number, order: Int32Array, placed: number, graph: Adjacency): number[] {
  const { outStart, outEdge, edgeTarget } = graph;
  const inCyclicPart = new Uint8Array(n);
  for (let k = placed; k < n; k++) inCyclicPart[order[k]!] = 1;
  const state = new Uint8Array(n); // 0 new, 1 on stack, 2 done
  const backEdges: number[] = [];
  for (let k = placed; k < n; k++) {
    const root = order[k]!;
    if (state[root] !== 0) continue;
    const stack: Array<[number, number]> = [[root, 0]];
    state[root] = 1;
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      const [node, next] = frame;
      const position = outStart[node]! + next;
      if (position >= outStart[node + 1]!) {
        state[node] = 2;
        stack.pop();
        continue;
      }
      frame[1] = next + 1;
      const e = outEdge[position]!;
      const t = edgeTarget[e]!;
      if (!inCyclicPart[t]) continue;
      if (state[t] === 1) backEdges.push(e);
      else if (state[t] === 0) {
        state[t] = 1;
        stack.push([t, 0]);
      }
    }
  }
  return backEdges.sort((a, b) => a - b);
}
