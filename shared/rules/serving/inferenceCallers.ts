import type { AnalysisContext } from '../../analysis/context';
import type { ServiceId } from '../../catalog/serviceIds';
import { inferenceModeOf, type InferenceMode } from '../../catalog/inferenceModes';
import { optionalNumberParam } from '../../model/params';

/** Services that call an endpoint for an answer and pass it on (not stores that keep predictions). */
const CALLER_SERVICES: readonly ServiceId[] = ['api-gateway', 'lambda', 'client'];

export function isCaller(service: ServiceId): boolean {
  return CALLER_SERVICES.includes(service);
}

type EndpointList = ReadonlyArray<{ i: number; mode: InferenceMode }>;

/** Found once per analysis: eight rules read the list (analyze() is benchmarked at 10,000 nodes). */
const ENDPOINTS = new WeakMap<AnalysisContext, EndpointList>();

/** The endpoints of the design with their inference mode (node index, mode). */
export function endpointsOf(ctx: AnalysisContext): EndpointList {
  let found = ENDPOINTS.get(ctx);
  if (found === undefined) {
    const list: Array<{ i: number; mode: InferenceMode }> = [];
    for (let i = 0; i < ctx.nodes.length; i++) {
      const node = ctx.nodes[i]!;
      if (node.service === 'sagemaker-endpoint') list.push({ i, mode: inferenceModeOf(node.params) });
    }
    ENDPOINTS.set(ctx, list);
    found = list;
  }
  return found;
}

/**
 * The callers that receive node `i`'s answers: its consumers that are API Gateway, Lambda or a client,
 * and theirs in turn (an app behind an API behind the endpoint). Stores filled with predictions stop
 * the walk: whoever reads them reads the store, not the endpoint.
 */
export function callersDownstream(ctx: AnalysisContext, i: number): number[] {
  const found: number[] = [];
  const queue = [i];
  for (let head = 0; head < queue.length; head++) {
    for (const c of ctx.consumers(queue[head]!)) {
      if (found.includes(c) || !isCaller(ctx.nodes[c]!.service)) continue;
      found.push(c);
      queue.push(c);
    }
  }
  return found;
}

/** The nodes among `nodes` with a response-time target (latencyTargetMs), the strictest first. */
export function withLatencyTarget(ctx: AnalysisContext, nodes: readonly number[]): Array<{ node: number; ms: number }> {
  const found: Array<{ node: number; ms: number }> = [];
  for (const n of nodes) {
    const ms = optionalNumberParam(ctx.nodes[n]!, 'latencyTargetMs');
    if (ms !== undefined) found.push({ node: n, ms });
  }
  return found.sort((a, b) => a.ms - b.ms);
}
