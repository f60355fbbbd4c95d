import { catalog } from '../../catalog/index';
import { nameOf } from '../helpers';
import { defineRule, issueOf } from '../types';
import { callersDownstream, endpointsOf, isCaller } from './inferenceCallers';

export const alwaysOnForBatchScoring = defineRule({
  id: 'always-on-for-batch-scoring',
  family: 'serving',
  severity: 'warning',
  services: ['sagemaker-endpoint'],
  firesWhen: 'a real-time endpoint fed from S3 or a batch job has no caller: no API, Lambda or client asks it anything',
  why: 'A real-time endpoint bills every hour of the month to answer requests in milliseconds. When nobody calls it and it only scores data that lands on a schedule, Batch Transform does the same scoring as a job that runs, writes its results to S3 and stops: no idle instances, nothing to keep running.',
  exam: ['MLS-C01 4.2', 'MLA-C01 3.1', 'MLA-C01 4.2'],
  check(ctx) {
    const issues = [];
    for (const { i, mode } of endpointsOf(ctx)) {
      if (mode !== 'real-time') continue;
      const producers = ctx.producers(i).map((p) => ctx.nodes[p]!);
      const scheduledFeed = producers.filter((p) => p.service === 's3' || (catalog[p.service].batch && p.service !== 'sagemaker-training'));
      if (scheduledFeed.length === 0 || producers.some((p) => isCaller(p.service)) || callersDownstream(ctx, i).length > 0) continue;
      const node = ctx.nodes[i]!;
      issues.push(
        issueOf(this, {
          nodes: [node.id],
          message: `${nameOf(node)} runs all month to score data from ${scheduledFeed.map(nameOf).join(', ')}, but no application calls it.`,
          fix: { label: 'Switch to Batch Transform', ops: [{ op: 'setParam', node: node.id, key: 'inferenceMode', value: 'batch-transform' }] },
        }),
      );
    }
    return issues;
  },
});
