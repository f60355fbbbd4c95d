import type { AnalysisContext } from '../../analysis/context';
import { secondsLabel } from '../../analysis/ageLabel';
import { isStreamingGlueJob } from '../../analysis/batchNode';
import { edgeCarriesData } from '../../catalog/index';
import { formatMoney } from '../../util/numbers';
import { nameOf, nodesOf, readsRecords } from '../helpers';
import { defineRule, issueOf } from '../types';

/** Targets of an hour or more are met by a scheduled job (freshness-through-batch offers more runs from there). */
const SCHEDULE_MEETS_SECONDS = 3600;

/** The tightest freshness target (latencyTargetSeconds) at node `i` or anywhere downstream of it on a data path; Infinity when none. */
function tightestTargetDownstream(ctx: AnalysisContext, i: number): number {
  const { outStart, outEdge, edgeTarget, edgeValid } = ctx.graph;
  const seen = new Uint8Array(ctx.nodes.length);
  const stack = [i];
  seen[i] = 1;
  let tightest = Infinity;
  while (stack.length > 0) {
    const node = stack.pop()!;
    const target = ctx.nodes[node]!.params.latencyTargetSeconds;
    if (typeof target === 'number' && target < tightest) tightest = target;
    for (let k = outStart[node]!; k < outStart[node + 1]!; k++) {
      const e = outEdge[k]!;
      const next = edgeTarget[e]!;
      if (seen[next] || !edgeValid[e] || !edgeCarriesData(ctx.nodes[node]!.service, ctx.nodes[next]!.service)) continue;
      seen[next] = 1;
      stack.push(next);
    }
  }
  return tightest;
}

export const glueStreamingForBatch = defineRule({
  id: 'glue-streaming-for-batch',
  family: 'training',
  severity: 'warning',
  services: ['glue-etl'],
  firesWhen: 'a streaming Glue ETL job feeds nothing that needs data fresher than an hour (latencyTargetSeconds)',
  why: 'A streaming Glue job is billed for its DPUs every hour of the month, whether records arrive or not. When the data is only needed daily or hourly (a nightly training set, a morning report), a scheduled batch job over the files in S3 does the same work for the hours it runs; the exam picks streaming ETL only for data needed within minutes.',
  exam: ['MLS-C01 1.2', 'MLA-C01 1.1'],
  check(ctx) {
    const issues = [];
    for (const i of nodesOf(ctx, 'glue-etl')) {
      const node = ctx.nodes[i]!;
      if (!isStreamingGlueJob(node)) continue;
      const tightest = tightestTargetDownstream(ctx, i);
      if (tightest < SCHEDULE_MEETS_SECONDS) continue;
      const need = tightest === Infinity ? 'nothing downstream sets a freshness target' : `the tightest freshness target downstream is ${secondsLabel(tightest)}`;
      issues.push(
        issueOf(this, {
          nodes: [node.id],
          message: `${nameOf(node)} streams all month (${formatMoney(ctx.nodeCost[i]!)} a month), but ${need}: deliver the records to S3 (Firehose) and run a scheduled batch job over them.`,
          // Becoming a batch job is a one-step fix only when no stream feeds it (a batch job cannot read one).
          ...(readsRecords(ctx, i) ? {} : { fix: { label: 'Make it a scheduled batch job', ops: [{ op: 'setParam', node: node.id, key: 'jobType', value: 'batch' }] } }),
        }),
      );
    }
    return issues;
  },
});
