import type { AnalysisContext } from '../../analysis/context';
import { hasUpstream } from '../../analysis/flow';
import type { ServiceId } from '../../catalog/serviceIds';
import { nameOf } from '../helpers';
import { defineRule, issueOf } from '../types';

/** Stores and endpoints that serve a model's output. */
const PREDICTION_SERVERS: ReadonlySet<ServiceId> = new Set(['sagemaker-endpoint', 'dynamodb', 'aurora', 'elasticache']);

/** DataBrew feeds this server and no training job lies on the way. */
export function servedStraightFromDataBrew(ctx: AnalysisContext, i: number): boolean {
  return (
    PREDICTION_SERVERS.has(ctx.nodes[i]!.service) &&
    hasUpstream(ctx.flow, i, 'glue-databrew') &&
    !hasUpstream(ctx.flow, i, 'sagemaker-training')
  );
}

export const databrewNotTraining = defineRule({
  id: 'databrew-not-training',
  family: 'training',
  exam: ['MLS-C01 1.3', 'MLS-C01 4.2', 'MLA-C01 1.2'],
  severity: 'error',
  services: ['glue-databrew'],
  firesWhen: 'DataBrew is upstream of an endpoint or serving store with no training job on the path',
  why: 'DataBrew is visual data preparation: it cleans and transforms data with recipes. It does not train models, so a model still has to be trained (SageMaker Training) before anything can serve predictions.',
  check(ctx) {
    const issues = [];
    for (let i = 0; i < ctx.nodes.length; i++) {
      if (!servedStraightFromDataBrew(ctx, i)) continue;
      const node = ctx.nodes[i]!;
      const brew = ctx.producers(i).find((p) => ctx.nodes[p]!.service === 'glue-databrew');
      const fix =
        brew === undefined
          ? undefined
          : { label: 'Insert SageMaker Training after DataBrew', ops: [{ op: 'insertBetween' as const, source: ctx.nodes[brew]!.id, target: node.id, service: 'sagemaker-training' as const, label: 'SageMaker Training' }] };
      issues.push(
        issueOf(this, {
          nodes: [node.id, ...(brew === undefined ? [] : [ctx.nodes[brew]!.id])],
          message: `${nameOf(node)} is fed by DataBrew with no training on the way; DataBrew prepares data, it does not train a model.`,
          ...(fix ? { fix } : {}),
        }),
      );
    }
    return issues;
  },
});
