import type { PriceKey } from '../cost/priceKeys';
import { priceTable } from '../cost/priceTable';
import type { PipelineDocument, PipelineNode } from '../model/document';
import { buildGraph, type PipelineGraph } from './graph';
import { computeFlow, type Flow } from './flow';

/** Everything a rule or a cost formula reads, computed once per analysis. */
export interface AnalysisContext {
  document: PipelineDocument;
  nodes: readonly PipelineNode[];
  graph: PipelineGraph;
  flow: Flow;
  hoursPerMonth: number;
  spotDiscount: number;
  price(key: PriceKey): number;
  isOverridden(key: PriceKey): boolean;
  /** Distinct nodes reached by a node's outgoing edges. */
  consumers(node: number): number[];
  /** Distinct nodes feeding a node. */
  producers(node: number): number[];
  /** Monthly cost per node index, filled in before the rules run. */
  nodeCost: Float64Array;
}

export function createContext(document: PipelineDocument): AnalysisContext {
  const graph = buildGraph(document);
  const flow = computeFlow(document, graph);
  const overrides = document.settings.prices;
  const distinct = (edgeIndices: number[], ends: Int32Array): number[] => {
    if (edgeIndices.length === 1) return [ends[edgeIndices[0]!]!];
    return [...new Set(edgeIndices.map((e) => ends[e]!))];
  };
  return {
    document,
    nodes: document.nodes,
    graph,
    flow,
    hoursPerMonth: document.settings.hoursPerMonth,
    spotDiscount: document.settings.spotDiscount,
    price: (key) => overrides[key] ?? priceTable[key].price,
    isOverridden: (key) => overrides[key] !== undefined,
    consumers: (node) => distinct(graph.outEdges[node]!, graph.edgeTarget),
    producers: (node) => distinct(graph.inEdges[node]!, graph.edgeSource),
    nodeCost: new Float64Array(document.nodes.length),
  };
}
