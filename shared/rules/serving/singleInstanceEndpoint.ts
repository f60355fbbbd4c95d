import { isServiceNode, numberParam } from '../../model/params';
import { nameOf } from '../helpers';
import { defineRule, issueOf } from '../types';
import { callersDownstream, endpointsOf } from './inferenceCallers';

/** Two instances, so SageMaker can place them in different Availability Zones. */
const HIGHLY_AVAILABLE_INSTANCES = 2;

export const singleInstanceEndpoint = defineRule({
  id: 'single-instance-endpoint',
  family: 'serving',
  severity: 'warning',
  services: ['sagemaker-endpoint'],
  firesWhen: 'a real-time endpoint that answers an API, Lambda or client runs one instance with no auto scaling (maxInstances ≤ 1)',
  why: 'One instance is one point of failure: when it fails, or its Availability Zone does, the application gets no answers until a replacement starts, and it cannot absorb a peak. AWS recommends at least two instances per production endpoint, which SageMaker spreads across Availability Zones, and auto scaling for changing load.',
  exam: ['MLS-C01 4.1', 'MLA-C01 3.1'],
  check(ctx) {
    const issues = [];
    for (const { i, mode } of endpointsOf(ctx)) {
      const node = ctx.nodes[i]!;
      if (mode !== 'real-time' || !isServiceNode(node, 'sagemaker-endpoint')) continue;
      if (numberParam(node, 'instanceCount') > 1 || numberParam(node, 'maxInstances') > 1) continue;
      const callers = callersDownstream(ctx, i);
      if (callers.length === 0) continue;
      issues.push(
        issueOf(this, {
          nodes: [node.id],
          message: `${nameOf(node)} answers ${nameOf(ctx.nodes[callers[0]!]!)} from a single instance with no auto scaling.`,
          fix: { label: 'Run 2 instances across Availability Zones', ops: [{ op: 'setParam', node: node.id, key: 'instanceCount', value: HIGHLY_AVAILABLE_INSTANCES }, { op: 'setParam', node: node.id, key: 'maxInstances', value: HIGHLY_AVAILABLE_INSTANCES }] },
        }),
      );
    }
    return issues;
  },
});
