import type { AnalysisContext } from '../analysis/context';
import type { ServiceId } from '../catalog/serviceIds';
import type { PipelineNode } from '../model/document';

/** Indices of the nodes of one service, in document order. */
export function nodesOf(ctx: AnalysisContext, service: ServiceId): number[] {
  const found: number[] = [];
  for (let i = 0; i < ctx.nodes.length; i++) if (ctx.nodes[i]!.service === service) found.push(i);
  return found;
}

export function hasService(ctx: AnalysisContext, service: ServiceId): boolean {
  return ctx.nodes.some((node) => node.service === service);
}

/** A node's name in a message: its label, or the service when unlabelled. */
export function nameOf(node: PipelineNode): string {
  return node.label.trim() === '' ? node.service : node.label;
}
