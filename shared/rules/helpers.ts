import type { AnalysisContext } from '../analysis/context';
import { canConnect, sharedKinds } from '../catalog/index';
import type { ServiceId } from '../catalog/serviceIds';
import type { PipelineNode } from '../model/document';

/** Indices of the nodes of one service, in document order: an index the context built once, not a scan. */
export function nodesOf(ctx: AnalysisContext, service: ServiceId): readonly number[] {
  return ctx.nodesOf(service);
}

/** Indices of the nodes of any of these services, in document order. */
export function nodesOfAny(ctx: AnalysisContext, services: readonly ServiceId[]): readonly number[] {
  if (services.length === 1) return ctx.nodesOf(services[0]!);
  return services.flatMap((service) => ctx.nodesOf(service)).sort((a, b) => a - b);
}

export function hasService(ctx: AnalysisContext, service: ServiceId): boolean {
  return ctx.hasService(service);
}

/** A node's name in a message: its label, or the service when unlabelled. */
export function nameOf(node: PipelineNode): string {
  return node.label.trim() === '' ? node.service : node.label;
}

/** Whether node `i` could run `service` instead with every edge it has now still valid (a fix must not break connections). */
export function replacementKeepsEdges(ctx: AnalysisContext, i: number, service: ServiceId): boolean {
  const { inStart, inEdge, outStart, outEdge, edgeSource, edgeTarget, edgeValid } = ctx.graph;
  for (let k = inStart[i]!; k < inStart[i + 1]!; k++) {
    const e = inEdge[k]!;
    if (edgeValid[e] && !canConnect(ctx.nodes[edgeSource[e]!]!.service, service)) return false;
  }
  for (let k = outStart[i]!; k < outStart[i + 1]!; k++) {
    const e = outEdge[k]!;
    if (edgeValid[e] && !canConnect(service, ctx.nodes[edgeTarget[e]!]!.service)) return false;
  }
  return true;
}

/** Whether a valid edge brings stream records into node `i` (Kinesis Data Streams, MSK, a producer). */
export function readsRecords(ctx: AnalysisContext, i: number): boolean {
  const { inStart, inEdge, edgeSource, edgeValid } = ctx.graph;
  for (let k = inStart[i]!; k < inStart[i + 1]!; k++) {
    const e = inEdge[k]!;
    if (edgeValid[e] && sharedKinds(ctx.nodes[edgeSource[e]!]!.service, ctx.nodes[i]!.service).includes('records')) return true;
  }
  return false;
}
