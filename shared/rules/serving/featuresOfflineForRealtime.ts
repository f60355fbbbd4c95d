import type { AnalysisContext } from '../../analysis/context';
import type { Fix } from '../../analysis/types';
import { canConnect, catalog } from '../../catalog/index';
import { inferenceModeOf } from '../../catalog/inferenceModes';
import type { PipelineNode } from '../../model/document';
import { isServiceNode, optionalNumberParam } from '../../model/params';
import { formatNumber } from '../../util/numbers';
import { nameOf, nodesOf } from '../helpers';
import { defineRule, issueOf } from '../types';
import { FEATURE_STORE_ONLINE_MS, canBecomeFeatureStore, featureReadLatencyMs, featureSources } from './featureSources';

/** Serve the endpoint's features from a Feature Store's online store: turn it on, put one in front, or swap the store. */
function onlineFeaturesFix(ctx: AnalysisContext, endpoint: number, store: number): Fix | undefined {
  const node = ctx.nodes[store]!;
  if (isServiceNode(node, 'sagemaker-feature-store')) return { label: 'Turn on the online store', ops: [{ op: 'setParam', node: node.id, key: 'onlineStore', value: true }] };
  if (canConnect(node.service, 'sagemaker-feature-store')) {
    return { label: 'Serve the features from a Feature Store online store', ops: [{ op: 'insertBetween', source: node.id, target: ctx.nodes[endpoint]!.id, service: 'sagemaker-feature-store', label: 'Online features' }] };
  }
  if (canBecomeFeatureStore(ctx, store)) return { label: 'Replace with a Feature Store online store', ops: [{ op: 'replaceService', node: node.id, service: 'sagemaker-feature-store' }] };
  return undefined;
}

/** "Customer features, an offline-only Feature Store", or just "an offline-only Feature Store" when unlabelled. */
function offlineOnlyName(store: PipelineNode): string {
  const label = nameOf(store);
  return label === catalog[store.service].shortName || label === store.service ? 'an offline-only Feature Store' : `${label}, an offline-only Feature Store`;
}

export const featuresOfflineForRealtime = defineRule({
  id: 'features-offline-for-realtime',
  family: 'serving',
  severity: 'error',
  services: ['sagemaker-endpoint'],
  firesWhen: 'an endpoint with a latency target reads its features from a store that cannot answer within it (Athena, S3, an offline-only Feature Store)',
  why: 'A real-time endpoint looks up each request’s features while the caller waits. Athena queries, S3 reads and a Feature Store’s offline store (Parquet in S3, queried through Athena) take from ~100 ms to seconds; the Feature Store online store returns the latest record of an id in single-digit milliseconds, and keeps the same feature definitions the offline store gives training.',
  exam: ['MLS-C01 4.2', 'MLA-C01 1.2', 'MLA-C01 3.1'],
  check(ctx) {
    const issues = [];
    for (const i of nodesOf(ctx, 'sagemaker-endpoint')) {
      const endpoint = ctx.nodes[i]!;
      const target = optionalNumberParam(endpoint, 'latencyTargetMs');
      if (target === undefined) continue;
      // Batch Transform and asynchronous inference read S3 as their input, not as a feature lookup; a caller
      // waiting on them is batch-cannot-answer's finding.
      const mode = inferenceModeOf(endpoint.params);
      if (mode === 'batch-transform' || mode === 'asynchronous') continue;
      for (const p of featureSources(ctx, i)) {
        const latency = featureReadLatencyMs(ctx, p);
        if (latency === undefined || latency <= target) continue;
        const store = ctx.nodes[p]!;
        const offlineOnly = isServiceNode(store, 'sagemaker-feature-store');
        const fix = FEATURE_STORE_ONLINE_MS <= target ? onlineFeaturesFix(ctx, i, p) : undefined;
        issues.push(
          issueOf(this, {
            nodes: [endpoint.id, store.id],
            message: `${nameOf(endpoint)} must answer within ${formatNumber(target)} ms, but it reads its features from ${offlineOnly ? offlineOnlyName(store) : catalog[store.service].shortName} (~${formatNumber(latency)} ms).`,
            ...(fix ? { fix } : {}),
          }),
        );
      }
    }
    return issues;
  },
});
