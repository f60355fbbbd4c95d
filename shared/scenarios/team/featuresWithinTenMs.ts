import { design, type NodeSpec } from '../../model/builder';
import type { Scenario } from '../types';
import { lake, spot, trainingJob } from './parts';

const history = { ...lake('lake', [0, 1], 'Customer history'), params: { storedGb: 200 } };
const model = trainingJob('train', { ...spot(24), durationHours: 2, runsPerMonth: 30 }, [2, 0], 'Offer model');
const endpoint: NodeSpec = { id: 'ep', service: 'sagemaker-endpoint', label: 'Offer scoring', params: { instanceType: 'ml.c5.large', instanceCount: 2, latencyTargetMs: 60, requestsPerSecond: 200 }, at: [3, 1] };
const app: NodeSpec = { id: 'app', service: 'client', label: 'Checkout page', at: [4, 1] };
const featureStore = (onlineStore: boolean): NodeSpec => ({
  id: 'features',
  service: 'sagemaker-feature-store',
  label: 'Customer features',
  params: { onlineStore, offlineStore: true, writesPerSecond: 5, readsPerSecond: onlineStore ? 200 : 0, storedGb: 20 },
  at: [1, 1],
});

/** Features read from `store` by the endpoint; the model trains on the history, or on the Feature Store's offline store. */
const option = (title: string, store: NodeSpec, flows: string[]) => design({ title, nodes: [history, { ...store, at: [1, 1] }, model, endpoint, app], flows });

export const featuresWithinTenMs: Scenario = {
  id: 'team-features-within-10ms',
  title: 'Ten milliseconds for the features',
  topic: 'Feature Store: online vs offline',
  origin: 'team',
  exam: ['MLS-C01 4.2', 'MLA-C01 1.2', 'MLA-C01 3.1'],
  prompt:
    'A retailer scores a personalised offer while the checkout page loads. The endpoint must answer within 60 ms; the model itself needs about 50, so looking up the customer’s latest features may take about 10 ms. The features are computed from the customer history in S3 and the model retrains daily on them. Where should the endpoint read its features?',
  requirements: ['Answer within 60 ms', 'Feature lookup ≈10 ms', 'The same features for daily training'],
  answer: 'C',
  decidingRules: ['features-offline-for-realtime'],
  checks: [
    { kind: 'flows', from: ['sagemaker-feature-store'], to: ['sagemaker-endpoint'], text: 'The endpoint reads a Feature Store' },
    { kind: 'flows', from: ['sagemaker-feature-store'], to: ['sagemaker-training'], text: 'Training reads the same features' },
  ],
  explanation:
    'The online store of SageMaker Feature Store returns a customer’s latest record in single-digit milliseconds, and its offline store gives the daily training the same feature definitions. Athena answers in seconds and an S3 read takes ~100 ms: both blow the budget on the lookup alone. A Feature Store with only its offline store is Parquet in S3, queried through Athena: right for training, too slow for a request.',
  options: [
    { key: 'A', summary: 'Query the feature tables in S3 with Athena per request', document: option('Athena', { id: 'features', service: 'athena', label: 'Feature query', params: { readsPerSecond: 200, gbScannedPerQuery: 0.01 } }, ['lake>train>ep>app', 'lake>features>ep']) },
    { key: 'B', summary: 'Read each customer’s feature file from S3', document: option('S3 objects', { ...lake('features', [1, 1], 'Feature files'), params: { storedGb: 20, readsPerSecond: 200 } }, ['features>train>ep>app', 'features>ep', 'lake>features']) },
    { key: 'C', summary: 'SageMaker Feature Store, online and offline stores', document: option('Feature Store online', featureStore(true), ['lake>features>train>ep>app', 'features>ep']) },
    { key: 'D', summary: 'SageMaker Feature Store, offline store only', document: option('Feature Store offline only', featureStore(false), ['lake>features>train>ep>app', 'features>ep']) },
  ],
};
