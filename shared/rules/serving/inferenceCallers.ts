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

function listEndpoints(ctx: AnalysisContext): EndpointList {
  return ctx.nodesOf('sagemaker-endpoint').map((i) => ({ i, mode: inferenceModeOf(ctx.nodes[i]!.params) }));
}

/** The endpoints of the design with their inference mode (node index, mode), found once per analysis. */
export function endpointsOf(ctx: AnalysisContext): EndpointList {
  return ctx.shared(listEndpoints);
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
