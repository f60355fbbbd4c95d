import { hasUpstream } from '../../analysis/flow';
import { nodesOf, nameOf } from '../helpers';
import { defineRule, issueOf } from '../types';
import { servedStraightFromDataBrew } from './databrewNotTraining';

export const endpointWithoutModel = defineRule({
  id: 'endpoint-without-model',
  family: 'training',
  exam: ['MLS-C01 4.4', 'MLA-C01 3.1'],
  severity: 'error',
  services: ['sagemaker-endpoint'],
  firesWhen: 'a SageMaker endpoint has no training job upstream',
  why: 'A real-time endpoint hosts a trained model artifact; something has to produce that model first (a SageMaker training job).',
  check(ctx) {
    return nodesOf(ctx, 'sagemaker-endpoint').flatMap((i) => {
      // DataBrew in place of training gets the more precise databrew-not-training error instead.
      if (hasUpstream(ctx.flow, i, 'sagemaker-training') || servedStraightFromDataBrew(ctx, i)) return [];
      const node = ctx.nodes[i]!;
      return [
        issueOf(this, {
          nodes: [node.id],
          message: `${nameOf(node)} has no training job upstream, so there is no model to serve.`,
          fix: { label: 'Add a SageMaker Training job in front', ops: [{ op: 'insertBefore', target: node.id, service: 'sagemaker-training', label: 'SageMaker Training' }] },
        }),
      ];
    });
  },
});
