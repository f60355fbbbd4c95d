import type { AnalysisContext } from '../analysis/context';
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
