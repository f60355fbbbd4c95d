import { isGpuInstance } from '../../catalog/inferenceModes';
import { enumParam, isServiceNode } from '../../model/params';
import { formatNumber } from '../../util/numbers';
import { nameOf } from '../helpers';
import { defineRule, issueOf } from '../types';
import { callersDownstream, endpointsOf, withLatencyTarget } from './inferenceCallers';
import { SERVERLESS_COLD_START_MS } from './inferenceLimits';

export const serverlessUnfit = defineRule({
  id: 'serverless-unfit',
  family: 'serving',
  severity: 'error',
  services: ['sagemaker-endpoint'],
  firesWhen: 'serverless inference serves a model that needs a GPU instance, or a response-time target shorter than a cold start (about 1 s)',
  why: 'Serverless inference runs on CPU only (GPUs are among its documented exclusions), and after an idle period the first requests wait for a cold start of a second or more while capacity starts. A GPU model, or a caller that must be answered faster than a cold start, needs a real-time endpoint on instances.',
  exam: ['MLS-C01 4.2', 'MLA-C01 3.1'],
  check(ctx) {
    const issues = [];
    for (const { i, mode } of endpointsOf(ctx)) {
      const node = ctx.nodes[i]!;
      if (mode !== 'serverless' || !isServiceNode(node, 'sagemaker-endpoint')) continue;
      const type = enumParam(node, 'instanceType');
      const broken = withLatencyTarget(ctx, [i, ...callersDownstream(ctx, i)]).filter((w) => w.ms < SERVERLESS_COLD_START_MS);
      const reasons: string[] = [];
      if (isGpuInstance(type)) reasons.push(`its model needs a GPU (${type}), which serverless inference does not offer`);
      if (broken.length > 0) reasons.push(`${nameOf(ctx.nodes[broken[0]!.node]!)} must be answered within ${formatNumber(broken[0]!.ms)} ms, less than a cold start (~${formatNumber(SERVERLESS_COLD_START_MS)} ms)`);
      if (reasons.length === 0) continue;
      issues.push(
        issueOf(this, {
          nodes: [node.id, ...broken.filter((w) => w.node !== i).map((w) => ctx.nodes[w.node]!.id)],
          message: `${nameOf(node)} is serverless, but ${reasons.join('; and ')}.`,
          fix: { label: 'Switch to a real-time endpoint', ops: [{ op: 'setParam', node: node.id, key: 'inferenceMode', value: 'real-time' }] },
        }),
      );
    }
    return issues;
  },
});
