import { catalog } from '../catalog/index';
import type { AnalysisContext } from './context';

/**
 * Typical read latency of a serving node: the catalog's figure for a store, or for a front door
 * with none of its own (API Gateway) the slowest store feeding it.
 */
export function typicalLatencyMs(ctx: AnalysisContext, i: number): number | undefined {
  const own = catalog[ctx.nodes[i]!.service].typicalLatencyMs;
  if (own !== undefined) return own;
  if (ctx.nodes[i]!.service !== 'api-gateway') return undefined;
  let slowest: number | undefined;
  for (const p of ctx.producers(i)) {
    const behind = catalog[ctx.nodes[p]!.service].typicalLatencyMs;
    if (behind !== undefined && (slowest === undefined || behind > slowest)) slowest = behind;
  }
  return slowest;
}
