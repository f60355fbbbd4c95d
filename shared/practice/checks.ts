import type { AnalysisContext } from '../analysis/context';
import { catalog } from '../catalog/index';
import type { ServiceId } from '../catalog/serviceIds';
import { typicalLatencyMs } from '../analysis/latency';

/** A requirement of a scenario that a learner's own design can be checked against. */
export type Check =
  | { kind: 'includes'; anyOf: ServiceId[]; text: string }
  | { kind: 'flows'; from: ServiceId[]; to: ServiceId[]; text: string }
  | { kind: 'servesWithin'; ms: number; text: string }
  | { kind: 'freshWithin'; seconds: number; text: string }
  | { kind: 'fanOut'; atLeast: number; text: string };

export interface CheckResult {
  text: string;
  met: boolean;
  detail: string;
}

const STREAM_CONSUMERS: ReadonlySet<ServiceId> = new Set(['lambda', 'managed-flink', 'kafka-streams']);
const FAN_OUT_POINTS: ReadonlySet<ServiceId> = new Set(['kinesis-data-streams', 'msk']);

/** Nodes reachable from `starts` along valid edges (the starts included). */
function reachable(ctx: AnalysisContext, starts: number[], blocked: (i: number) => boolean = () => false): Uint8Array {
  const seen = new Uint8Array(ctx.nodes.length);
  const stack = starts.filter((i) => !blocked(i));
  for (const i of stack) seen[i] = 1;
  while (stack.length > 0) {
    const i = stack.pop()!;
    for (let k = ctx.graph.outStart[i]!; k < ctx.graph.outStart[i + 1]!; k++) {
      const e = ctx.graph.outEdge[k]!;
      const t = ctx.graph.edgeTarget[e]!;
      if (!ctx.graph.edgeValid[e] || seen[t] || blocked(t)) continue;
      seen[t] = 1;
      stack.push(t);
    }
  }
  return seen;
}

function indicesOf(ctx: AnalysisContext, services: readonly ServiceId[]): number[] {
  const found: number[] = [];
  ctx.nodes.forEach((node, i) => {
    if (services.includes(node.service)) found.push(i);
  });
  return found;
}

const names = (services: readonly ServiceId[]): string => services.map((s) => catalog[s].shortName).join(' or ');

export function runCheck(ctx: AnalysisContext, check: Check): CheckResult {
  switch (check.kind) {
    case 'includes': {
      const met = indicesOf(ctx, check.anyOf).length > 0;
      return { text: check.text, met, detail: met ? `Uses ${names(check.anyOf)}.` : `The design has no ${names(check.anyOf)}.` };
    }
    case 'flows': {
      const seen = reachable(ctx, indicesOf(ctx, check.from));
      const met = indicesOf(ctx, check.to).some((i) => seen[i]);
      return { text: check.text, met, detail: met ? `Data flows from ${names(check.from)} to ${names(check.to)}.` : `No connected path from ${names(check.from)} to ${names(check.to)}.` };
    }
    case 'servesWithin': {
      const seen = reachable(ctx, indicesOf(ctx, ['source', 's3']));
      let best: number | undefined;
      ctx.nodes.forEach((node, i) => {
        if (!seen[i] || catalog[node.service].category !== 'serving') return;
        const latency = typicalLatencyMs(ctx, i);
        if (latency !== undefined && (best === undefined || latency < best)) best = latency;
      });
      const met = best !== undefined && best <= check.ms;
      return { text: check.text, met, detail: best === undefined ? 'Nothing connected serves reads.' : `The fastest connected serving store answers in ~${best} ms (needs ≤ ${check.ms} ms).` };
    }
    case 'freshWithin': {
      // Firehose buffers for at least 60 s in the exam's terms, so a path through it is not fresh.
      const blocked = (i: number): boolean => ctx.nodes[i]!.service === 'firehose' && check.seconds < 60;
      const seen = reachable(ctx, indicesOf(ctx, ['source']), blocked);
      const met = ctx.nodes.some((node, i) => seen[i] === 1 && STREAM_CONSUMERS.has(node.service));
      return { text: check.text, met, detail: met ? 'A stream consumer gets the data without a batch or buffer in between.' : `No stream consumer (Lambda, Flink, Kafka Streams) gets the data within ${check.seconds} s.` };
    }
    case 'fanOut': {
      const best = Math.max(0, ...indicesOf(ctx, [...FAN_OUT_POINTS]).map((i) => ctx.consumerCount(i)));
      const met = best >= check.atLeast;
      return { text: check.text, met, detail: `The widest stream has ${best} consumer${best === 1 ? '' : 's'} (needs ${check.atLeast}).` };
    }
  }
}
