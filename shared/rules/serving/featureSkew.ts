import type { AnalysisContext } from '../../analysis/context';
import type { Fix } from '../../analysis/types';
import { catalog } from '../../catalog/index';
import type { DocumentOp } from '../../model/ops';
import { nameOf, nodesOf } from '../helpers';
import { defineRule, issueOf } from '../types';
import { canBecomeFeatureStore, featureSources } from './featureSources';

/** The training jobs whose model an endpoint serves (model edges into it). */
function modelsOf(ctx: AnalysisContext, endpoint: number): number[] {
  return ctx.producers(endpoint).filter((p) => ctx.nodes[p]!.service === 'sagemaker-training');
}

/** "DynamoDB" / "S3 and Athena" */
function storeNames(ctx: AnalysisContext, stores: readonly number[]): string {
  const names = [...new Set(stores.map((s) => catalog[ctx.nodes[s]!.service].shortName))];
  return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/**
 * One Feature Store for both: the endpoint's Feature Store (or its store turned into one) also feeds the training
 * job, from its offline store.
 */
function oneFeatureStoreFix(ctx: AnalysisContext, sources: readonly number[], training: number): Fix | undefined {
  const trainingId = ctx.nodes[training]!.id;
  const featureStore = sources.find((s) => ctx.nodes[s]!.service === 'sagemaker-feature-store');
  if (featureStore !== undefined) {
    const id = ctx.nodes[featureStore]!.id;
    return {
      label: 'Train from the same Feature Store (offline store)',
      ops: [
        { op: 'setParam', node: id, key: 'offlineStore', value: true },
        { op: 'connect', source: id, target: trainingId },
      ],
    };
  }
  const swappable = sources.find((s) => canBecomeFeatureStore(ctx, s));
  if (swappable === undefined) return undefined;
  const id = ctx.nodes[swappable]!.id;
  const ops: DocumentOp[] = [
    { op: 'replaceService', node: id, service: 'sagemaker-feature-store' },
    { op: 'connect', source: id, target: trainingId },
  ];
  return { label: 'Use one Feature Store for serving and training', ops };
}

export const featureSkew = defineRule({
  id: 'feature-skew',
  family: 'serving',
  severity: 'warning',
  services: ['sagemaker-endpoint'],
  firesWhen: 'an endpoint reads its features from a store that the training set of its model does not come from',
  why: 'When serving computes or stores features in one pipeline and training reads them from another, the two definitions drift apart and the model sees different inputs in production than it learnt from (training/serving skew). One Feature Store keeps a single definition per feature: its online store serves the latest values, its offline store keeps the point-in-time history training reads, and the two are kept in sync.',
  exam: ['MLS-C01 2.2', 'MLA-C01 1.2', 'MLA-C01 1.3'],
  check(ctx) {
    const issues = [];
    for (const i of nodesOf(ctx, 'sagemaker-endpoint')) {
      const sources = featureSources(ctx, i);
      if (sources.length === 0) continue;
      for (const t of modelsOf(ctx, i)) {
        const trainingData = ctx.producers(t);
        if (trainingData.length === 0 || trainingData.some((p) => sources.includes(p))) continue;
        const endpoint = ctx.nodes[i]!;
        const training = ctx.nodes[t]!;
        const fix = oneFeatureStoreFix(ctx, sources, t);
        issues.push(
          issueOf(this, {
            nodes: [endpoint.id, training.id],
            message: `${nameOf(endpoint)} reads its features from ${storeNames(ctx, sources)}, but ${nameOf(training)} learns from ${storeNames(ctx, trainingData)}: two pipelines for the same features drift apart.`,
            ...(fix ? { fix } : {}),
          }),
        );
      }
    }
    return issues;
  },
});
