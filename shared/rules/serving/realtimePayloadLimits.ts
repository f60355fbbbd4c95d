import { INFERENCE_MODE_FACTS } from '../../catalog/inferenceModes';
import { isServiceNode } from '../../model/params';
import { nameOf } from '../helpers';
import { defineRule, issueOf } from '../types';
import { endpointsOf } from './inferenceCallers';
import { INFERENCE_LIMITS, limitsExceeded } from './inferenceLimits';

export const realtimePayloadLimits = defineRule({
  id: 'realtime-payload-limits',
  family: 'serving',
  severity: 'error',
  services: ['sagemaker-endpoint'],
  firesWhen: 'a real-time endpoint gets requests above 6 MB or taking over 60 s, or a serverless one above 4 MB or 60 s',
  why: 'A synchronous invocation has hard limits: a real-time endpoint takes at most 6 MB per request and must answer within 60 seconds; serverless inference takes at most 4 MB and also 60 seconds. Larger inputs (video, documents, big batches) or longer models need asynchronous inference, which reads the input from S3 (up to 1 GB), runs up to an hour, and writes the result back to S3.',
  exam: ['MLS-C01 4.4', 'MLA-C01 3.1'],
  check(ctx) {
    const issues = [];
    for (const { i, mode } of endpointsOf(ctx)) {
      if (mode !== 'real-time' && mode !== 'serverless') continue;
      const node = ctx.nodes[i]!;
      if (!isServiceNode(node, 'sagemaker-endpoint')) continue;
      const limits = INFERENCE_LIMITS[mode];
      const over = limitsExceeded(node, limits);
      if (over.length === 0) continue;
      issues.push(
        issueOf(this, {
          nodes: [node.id],
          message: `${nameOf(node)} is ${INFERENCE_MODE_FACTS[mode].label.toLowerCase()} but gets ${over.join(' and ')}.`,
          fix: { label: 'Switch to asynchronous inference', ops: [{ op: 'setParam', node: node.id, key: 'inferenceMode', value: 'asynchronous' }] },
        }),
      );
    }
    return issues;
  },
});
