import { canConnect } from '../catalog/index';
import type { PipelineDocument } from '../model/document';

/**
 * The document's nodes and edges as integer-indexed adjacency lists, built once per analysis so
 * every rule and formula runs in linear time.
 */
export interface PipelineGraph {
  /** Node index by id. */
  index: Map<string, number>;
  /** For each node, the indices of its outgoing / incoming edges (into document.edges). */
  outEdges: number[][];
  inEdges: number[][];
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
  for (let i = 0; i < n; i++) index.set(nodes[i]!.id, i);

  const outEdges: number[][] = Array.from({ length: n }, () => []);
  const inEdges: number[][] = Array.from({ length: n }, () => []);
  const edgeSource = new Int32Array(edges.length).fill(-1);
  const edgeTarget = new Int32Array(edges.length).fill(-1);
  const edgeValid = new Uint8Array(edges.length);
  for (let e = 0; e < edges.length; e++) {
    const edge = edges[e]!;
    const s = index.get(edge.source);
    const t = index.get(edge.target);
    if (s === undefined || t === undefined) continue;
    edgeSource[e] = s;
    edgeTarget[e] = t;
    edgeValid[e] = canConnect(nodes[s]!.service, nodes[t]!.service) ? 1 : 0;
    outEdges[s]!.push(e);
    inEdges[t]!.push(e);
  }

  const { order, placed } = topologicalOrder(n, outEdges, inEdges, edgeTarget);
  const cycleEdges = placed === n ? [] : findCycleEdges(n, order, placed, outEdges, edgeTarget);
  return { index, outEdges, inEdges, edgeSource, edgeTarget, edgeValid, order, cycleEdges };
}

function topologicalOrder(
  n: number,
  outEdges: number[][],
  inEdges: number[][],
  edgeTarget: Int32Array,
): { order: Int32Array; placed: number } {
  const remaining = new Int32Array(n);
  for (let i = 0; i < n; i++) remaining[i] = inEdges[i]!.length;
  const order = new Int32Array(n);
  let head = 0;
  let tail = 0;
  for (let i = 0; i < n; i++) if (remaining[i] === 0) order[tail++] = i;
  while (head < tail) {
    const node = order[head++]!;
    for (const e of outEdges[node]!) {
      const t = edgeTarget[e]!;
      if (--remaining[t]! === 0) order[tail++] = t;
    }
  }
  const placed = tail;
  // Append the nodes Kahn's algorithm could not place: they sit on or behind a cycle.
  for (let i = 0; i < n; i++) if (remaining[i]! > 0) order[tail++] = i;
  return { order, placed };
}

/** Iterative depth-first search over the unplaced nodes, returning one back edge per cycle found. */
function findCycleEdges(
  n: number,
  order: Int32Array,
  placed: number,
  outEdges: number[][],
  edgeTarget: Int32Array,
): number[] {
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
      const out = outEdges[node]!;
      if (next >= out.length) {
        state[node] = 2;
        stack.pop();
        continue;
      }
      frame[1] = next + 1;
      const e = out[next]!;
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
