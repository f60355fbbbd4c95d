import type { PriceKey } from '../cost/priceKeys';
import { priceTable } from '../cost/priceTable';
import { edgeCarriesData, serviceIndex } from '../catalog/index';
import type { ServiceId } from '../catalog/serviceIds';
import type { PipelineDocument, PipelineNode } from '../model/document';
import { isServiceNode, type ServiceNode } from '../model/params';
import { buildGraph, type PipelineGraph } from './graph';
import { computeDataAge, type DataAge } from './dataAge';
import { computeFlow, type Flow } from './flow';

/** Everything a rule or a cost formula reads, computed once per analysis. */
export interface AnalysisContext {
  document: PipelineDocument;
  nodes: readonly PipelineNode[];
  graph: PipelineGraph;
  flow: Flow;
  /** Worst-case data age per node (freshness), carried along data edges. */
  age: DataAge;
  hoursPerMonth: number;
  spotDiscount: number;
  price(key: PriceKey): number;
  isOverridden(key: PriceKey): boolean;
  /** Distinct nodes reached by a node's outgoing edges. */
  consumers(node: number): number[];
  /** How many distinct consumers a node has, without allocating. */
  consumerCount(node: number): number;
  /** Distinct nodes feeding a node. */
  producers(node: number): number[];
  /** Whether any valid edge brings data into a node (an orchestrator starting it brings none). */
  hasValidInput(node: number): boolean;
  hasEdges(node: number): boolean;
  /** The nodes of one service, in document order, without a scan (shared: never modify). */
  nodesOf(service: ServiceId): readonly number[];
  hasService(service: ServiceId): boolean;
  /** `compute(ctx)`, run once per analysis and shared by every rule that asks for it (keyed by the function). */
  shared<T>(compute: (ctx: AnalysisContext) => T): T;
  /** Monthly cost per node index, filled in before the rules run. */
  nodeCost: Float64Array;
}

export function createContext(document: PipelineDocument): AnalysisContext {
  const graph = buildGraph(document);
  const flow = computeFlow(document, graph);
  const overrides = document.settings.prices;
  const distinct = (start: Int32Array, list: Int32Array, ends: Int32Array, node: number): number[] => {
    const found: number[] = [];
    for (let k = start[node]!; k < start[node + 1]!; k++) {
      const end = ends[list[k]!]!;
      if (!found.includes(end)) found.push(end);
    }
    return found;
  };
  const memo = new Map<(ctx: AnalysisContext) => unknown, unknown>();
  const ctx: AnalysisContext = {
    document,
    nodes: document.nodes,
    graph,
    flow,
    age: computeDataAge(document, graph),
    hoursPerMonth: document.settings.hoursPerMonth,
    spotDiscount: document.settings.spotDiscount,
    price: (key) => overrides[key] ?? priceTable[key].price,
    isOverridden: (key) => overrides[key] !== undefined,
    consumers: (node) => distinct(graph.outStart, graph.outEdge, graph.edgeTarget, node),
    consumerCount: (node) => {
      const { outStart, outEdge, edgeTarget } = graph;
      let count = 0;
      for (let k = outStart[node]!; k < outStart[node + 1]!; k++) {
        const target = edgeTarget[outEdge[k]!]!;
        let seen = false;
        for (let j = outStart[node]!; j < k && !seen; j++) seen = edgeTarget[outEdge[j]!] === target;
        if (!seen) count++;
      }
      return count;
    },
    producers: (node) => distinct(graph.inStart, graph.inEdge, graph.edgeSource, node),
    hasValidInput: (node) => {
      for (let k = graph.inStart[node]!; k < graph.inStart[node + 1]!; k++) {
        const e = graph.inEdge[k]!;
        if (graph.edgeValid[e] && edgeCarriesData(document.nodes[graph.edgeSource[e]!]!.service, document.nodes[node]!.service)) return true;
      }
      return false;
    },
    nodesOf: (service) => graph.byService[serviceIndex(service)] ?? [],
    hasService: (service) => (graph.byService[serviceIndex(service)]?.length ?? 0) > 0,
    hasEdges: (node) => graph.outStart[node + 1]! > graph.outStart[node]! || graph.inStart[node + 1]! > graph.inStart[node]!,
    shared: <T>(compute: (ctx: AnalysisContext) => T): T => {
      if (!memo.has(compute)) memo.set(compute, compute(ctx));
      return memo.get(compute) as T;
    },
    nodeCost: new Float64Array(document.nodes.length),
  };
  return ctx;
}

/** Node `i`, known to run `service` (found by service, or dispatched on it), typed so its parameter reads take only that service's keys. */
export function serviceNodeAt<S extends ServiceId>(ctx: AnalysisContext, i: number, service: S): ServiceNode<S> {
  const node = ctx.nodes[i]!;
  if (!isServiceNode(node, service)) throw new Error(`Node ${node.id} is ${node.service}, not ${service}.`);
  return node;
}
