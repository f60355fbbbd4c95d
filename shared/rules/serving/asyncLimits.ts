import { isServiceNode } from '../../model/params';
import { nameOf } from '../helpers';
import { defineRule, issueOf } from '../types';
import { endpointsOf } from './inferenceCallers';
import { INFERENCE_LIMITS, limitsExceeded } from './inferenceLimits';

export const asyncLimits = defineRule({
  id: 'async-limits',
  family: 'serving',
  severity: 'error',
  services: ['sagemaker-endpoint'],
  firesWhen: 'an asynchronous endpoint gets payloads above 1 GB or requests that take over an hour',
  why: 'Asynchronous inference queues each request with its input in S3, but one request may carry at most 1 GB and run at most one hour. Beyond that the work is a dataset to score, not a request: Batch Transform splits the input in S3 across instances, with no limit on the dataset size or the job length.',
  exam: ['MLS-C01 4.4', 'MLA-C01 3.1'],
  check(ctx) {
    const issues = [];
    const limits = INFERENCE_LIMITS.asynchronous;
    for (const { i, mode } of endpointsOf(ctx)) {
      const node = ctx.nodes[i]!;
      if (mode !== 'asynchronous' || !isServiceNode(node, 'sagemaker-endpoint')) continue;
      const over = limitsExceeded(node, limits);
      if (over.length === 0) continue;
      issues.push(
        issueOf(this, {
          nodes: [node.id],
          message: `${nameOf(node)} is asynchronous but gets ${over.join(' and ')}.`,
          fix: { label: 'Switch to Batch Transform', ops: [{ op: 'setParam', node: node.id, key: 'inferenceMode', value: 'batch-transform' }] },
        }),
      );
    }
    return issues;
  },
});
