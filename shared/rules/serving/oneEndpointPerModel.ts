import { booleanParam, isServiceNode, numberParam } from '../../model/params';
import { formatNumber } from '../../util/numbers';
import { nameOf } from '../helpers';
import { defineRule, issueOf } from '../types';
import { endpointsOf } from './inferenceCallers';

export const oneEndpointPerModel = defineRule({
  id: 'one-endpoint-per-model',
  family: 'serving',
  severity: 'warning',
  services: ['sagemaker-endpoint'],
  firesWhen: 'a real-time endpoint serves more than one model (modelCount) without being a multi-model endpoint',
  why: 'Without a multi-model endpoint every model needs its own endpoint and instances, billed around the clock even for models that are rarely called. A multi-model endpoint hosts many similar models behind one endpoint on shared instances, loading each from S3 when it is invoked: the exam’s answer for per-customer or per-region models.',
  exam: ['MLS-C01 4.2', 'MLA-C01 3.1', 'MLA-C01 4.2'],
  check(ctx) {
    const issues = [];
    for (const { i, mode } of endpointsOf(ctx)) {
      const node = ctx.nodes[i]!;
      if (mode !== 'real-time' || !isServiceNode(node, 'sagemaker-endpoint')) continue;
      const models = numberParam(node, 'modelCount');
      if (models <= 1 || booleanParam(node, 'multiModel')) continue;
      issues.push(
        issueOf(this, {
          nodes: [node.id],
          message: `${nameOf(node)} serves ${formatNumber(models)} models on ${formatNumber(models)} separate endpoints.`,
          fix: { label: 'Host them on one multi-model endpoint', ops: [{ op: 'setParam', node: node.id, key: 'multiModel', value: true }] },
        }),
      );
    }
    return issues;
  },
});
