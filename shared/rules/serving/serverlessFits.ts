import { isGpuInstance } from '../../catalog/inferenceModes';
import { booleanParam, enumParam, isServiceNode, numberParam } from '../../model/params';
import { nameOf } from '../helpers';
import { defineRule, issueOf } from '../types';
import { callersDownstream, endpointsOf, withLatencyTarget } from './inferenceCallers';
import { INFERENCE_LIMITS, SERVERLESS_COLD_START_MS } from './inferenceLimits';

export const serverlessFits = defineRule({
  id: 'serverless-fits',
  family: 'serving',
  severity: 'tip',
  services: ['sagemaker-endpoint'],
  firesWhen: 'a real-time CPU endpoint has intermittent traffic and requests serverless inference can take',
  why: 'Between bursts an always-on endpoint bills idle instance-hours. Serverless inference scales to zero and bills only the compute each request uses, with nothing to size; the price is a cold start after idle periods, which intermittent traffic with a relaxed response time can bear.',
  exam: ['MLS-C01 4.2', 'MLA-C01 3.1', 'MLA-C01 4.2'],
  check(ctx) {
    const issues = [];
    const limits = INFERENCE_LIMITS.serverless;
    for (const { i, mode } of endpointsOf(ctx)) {
      const node = ctx.nodes[i]!;
      if (mode !== 'real-time' || !isServiceNode(node, 'sagemaker-endpoint')) continue;
      if (enumParam(node, 'trafficPattern') !== 'intermittent' || isGpuInstance(enumParam(node, 'instanceType'))) continue;
      // Only when serverless would be sound: within its limits, no multi-model hosting, no target a cold start breaks.
      if (numberParam(node, 'payloadMb') > limits.payloadMb || numberParam(node, 'processingSeconds') > limits.processingSeconds) continue;
      if (booleanParam(node, 'multiModel') && numberParam(node, 'modelCount') > 1) continue;
      if (withLatencyTarget(ctx, [i, ...callersDownstream(ctx, i)]).some((w) => w.ms < SERVERLESS_COLD_START_MS)) continue;
      issues.push(
        issueOf(this, {
          nodes: [node.id],
          message: `${nameOf(node)} has intermittent traffic on a CPU instance: serverless inference would bill only the requests.`,
          fix: { label: 'Switch to serverless inference', ops: [{ op: 'setParam', node: node.id, key: 'inferenceMode', value: 'serverless' }] },
        }),
      );
    }
    return issues;
  },
});
