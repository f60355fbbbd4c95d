import { INFERENCE_MODE_FACTS } from '../../catalog/inferenceModes';
import { formatNumber } from '../../util/numbers';
import { nameOf } from '../helpers';
import { defineRule, issueOf } from '../types';
import { callersDownstream, endpointsOf, withLatencyTarget } from './inferenceCallers';

export const batchCannotAnswer = defineRule({
  id: 'batch-cannot-answer',
  family: 'serving',
  severity: 'error',
  services: ['sagemaker-endpoint'],
  firesWhen: 'Batch Transform or asynchronous inference must answer a waiting caller: a latencyTargetMs on the endpoint or on an API in front of it',
  why: 'Batch Transform is a job over a dataset in S3 and asynchronous inference queues requests and writes results to S3 later: neither returns a prediction in the response to the caller. An application waiting for its answer needs a real-time endpoint (or serverless inference when it can bear a cold start).',
  exam: ['MLS-C01 4.2', 'MLA-C01 3.1'],
  check(ctx) {
    const issues = [];
    for (const { i, mode } of endpointsOf(ctx)) {
      if (mode !== 'batch-transform' && mode !== 'asynchronous') continue;
      const waiting = withLatencyTarget(ctx, [i, ...callersDownstream(ctx, i)]);
      if (waiting.length === 0) continue;
      const node = ctx.nodes[i]!;
      const strictest = waiting[0]!;
      const who = strictest.node === i ? `${nameOf(node)} must answer` : `${nameOf(ctx.nodes[strictest.node]!)} waits for an answer`;
      issues.push(
        issueOf(this, {
          nodes: [node.id, ...waiting.filter((w) => w.node !== i).map((w) => ctx.nodes[w.node]!.id)],
          message: `${who} within ${formatNumber(strictest.ms)} ms, but ${nameOf(node)} runs ${INFERENCE_MODE_FACTS[mode].label}, which answers no caller directly.`,
          fix: { label: 'Switch to a real-time endpoint', ops: [{ op: 'setParam', node: node.id, key: 'inferenceMode', value: 'real-time' }] },
        }),
      );
    }
    return issues;
  },
});
