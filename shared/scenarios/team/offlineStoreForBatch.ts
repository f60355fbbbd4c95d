import { design, type NodeSpec } from '../../model/builder';
import type { Scenario } from '../types';
import { lake, spot, trainingJob } from './parts';

const prep: NodeSpec = { id: 'prep', service: 'sagemaker-processing', label: 'Feature job', params: { hoursPerRun: 1, runsPerMonth: 4.35 }, at: [1, 1] };
const raw = { ...lake('raw', [0, 1], 'Claims data'), params: { storedGb: 300 } };
const model = trainingJob('train', { ...spot(72), durationHours: 3, runsPerMonth: 4.35 }, [3, 1], 'Claims model');
const scores = { ...lake('scores', [4, 1], 'Weekly scores'), params: { storedGb: 5 } };
const option = (title: string, store: NodeSpec) => design({ title, nodes: [raw, prep, { ...store, at: [2, 1] }, model, scores], flows: ['raw>prep>store>train>scores'] });
/** A key-value store takes records, so a Lambda loads the job's output files into it. */
const loaded = (title: string, store: NodeSpec) =>
  design({ title, nodes: [raw, prep, { id: 'load', service: 'lambda', label: 'Load features', at: [2, 2] }, { ...store, at: [2, 1] }, model, scores], flows: ['raw>prep>load>store>train>scores'] });
const featureStore = (onlineStore: boolean): NodeSpec => ({ id: 'store', service: 'sagemaker-feature-store', label: 'Claim features', params: { onlineStore, offlineStore: true, writesPerSecond: 2, readsPerSecond: 0, storedGb: 200 } });

export const offlineStoreForBatch: Scenario = {
  id: 'team-offline-store-for-batch',
  title: 'Features for a weekly batch',
  topic: 'Feature Store: online vs offline',
  origin: 'team',
  exam: ['MLS-C01 1.1', 'MLA-C01 1.1', 'MLA-C01 1.2'],
  prompt:
    'An insurer curates 200 GB of claim features each week, retrains a model on them and writes a batch of risk scores to S3 for analysts. Nothing looks features up in real time. The team wants versioned, point-in-time feature history that other teams can reuse, at the lowest cost. Where should the features live?',
  requirements: ['Weekly batch training and scoring', 'No real-time lookups', 'Reusable, versioned feature history at the lowest cost'],
  answer: 'B',
  decidingRules: [],
  checks: [
    { kind: 'flows', from: ['sagemaker-feature-store'], to: ['sagemaker-training'], text: 'Training reads a Feature Store' },
    { kind: 'includes', anyOf: ['sagemaker-training'], text: 'A weekly training job' },
  ],
  explanation:
    'The offline store is all batch training needs: every version of every record, as Parquet in S3 with a Glue catalog table, so training and other teams query point-in-time history. The online store exists for millisecond lookups nobody makes here, and bills its storage at ≈$0.45 per GB-month against S3’s $0.023 (≈$90 against ≈$4.60 for 200 GB). DynamoDB and ElastiCache keep only current values, cost more, and add nothing for training.',
  options: [
    { key: 'A', summary: 'Feature Store with online and offline stores', document: option('Online and offline', featureStore(true)) },
    { key: 'B', summary: 'Feature Store with the offline store only', document: option('Offline only', featureStore(false)) },
    { key: 'C', summary: 'A DynamoDB table of features, loaded by a Lambda', document: loaded('DynamoDB', { id: 'store', service: 'dynamodb', label: 'Claim features', params: { writesPerSecond: 2, readsPerSecond: 0, storedGb: 200 } }) },
    { key: 'D', summary: 'An ElastiCache cluster of features, loaded by a Lambda', document: loaded('ElastiCache', { id: 'store', service: 'elasticache', label: 'Claim features', params: { nodes: 2, engine: 'valkey', readsPerSecond: 0 } }) },
  ],
};
