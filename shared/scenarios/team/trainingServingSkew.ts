import { design, type NodeSpec } from '../../model/builder';
import type { Scenario } from '../types';
import { lake, spot, trainingJob } from './parts';

const events: NodeSpec = { id: 'src', service: 'source', label: 'Card events', params: { eventsPerSecond: 50, bytesPerEvent: 500, gbPerHour: 0 }, at: [0, 1] };
const compute: NodeSpec = { id: 'calc', service: 'lambda', label: 'Compute features', at: [1, 1] };
const history = { ...lake('lake', [2, 2], 'Feature history'), params: { storedGb: 100 } };
const model = trainingJob('train', { ...spot(24), durationHours: 2, runsPerMonth: 30 }, [3, 2], 'Risk model');
const endpoint: NodeSpec = { id: 'ep', service: 'sagemaker-endpoint', label: 'Risk scoring', params: { instanceType: 'ml.c5.large', instanceCount: 2, latencyTargetMs: 50, requestsPerSecond: 50 }, at: [4, 1] };
const app: NodeSpec = { id: 'app', service: 'client', label: 'Payments', at: [5, 1] };
const featureStore = (onlineStore: boolean, offlineStore: boolean): NodeSpec => ({
  id: 'store',
  service: 'sagemaker-feature-store',
  label: 'Card features',
  params: { onlineStore, offlineStore, writesPerSecond: 50, readsPerSecond: 50, storedGb: 100 },
  at: [2, 1],
});
const option = (title: string, nodes: NodeSpec[], flows: string[]) => design({ title, nodes: [events, compute, model, endpoint, app, ...nodes], flows: ['src>calc', 'train>ep>app', ...flows] });

export const trainingServingSkew: Scenario = {
  id: 'team-training-serving-skew',
  title: 'The model saw different features',
  topic: 'Feature Store: training/serving skew',
  origin: 'team',
  exam: ['MLS-C01 2.2', 'MLA-C01 1.2', 'MLA-C01 1.3'],
  prompt:
    'A payments team computes card features from an event stream. Serving reads them from DynamoDB; training reads features a nightly batch job recomputes into S3. After a change to one feature, the model’s accuracy in production dropped although offline evaluation looked fine. Which design prevents this?',
  requirements: ['Features computed from card events', 'Real-time scoring within 50 ms', 'Daily retraining on the same features'],
  answer: 'B',
  decidingRules: ['feature-skew', 'features-offline-for-realtime'],
  checks: [
    { kind: 'flows', from: ['sagemaker-feature-store'], to: ['sagemaker-endpoint'], text: 'Serving reads the Feature Store' },
    { kind: 'flows', from: ['sagemaker-feature-store'], to: ['sagemaker-training'], text: 'Training reads the same Feature Store' },
  ],
  explanation:
    'Two pipelines that compute “the same” features drift apart: a change reaches one and not the other, and the model sees inputs in production it never learnt from (training/serving skew). With one Feature Store, the stream writes each feature once: the online store answers the endpoint in milliseconds and the offline store keeps the point-in-time history training reads, in sync. Keeping DynamoDB for serving, or adding an online-only store, leaves training on a second pipeline; serving from S3 removes the skew but cannot answer within 50 ms.',
  options: [
    {
      key: 'A',
      summary: 'Keep both: DynamoDB for serving, S3 for training',
      document: option('Two pipelines', [{ id: 'table', service: 'dynamodb', label: 'Card features', params: { writesPerSecond: 50, readsPerSecond: 50, storedGb: 10 }, at: [2, 1] }, history], ['calc>table>ep', 'calc>lake>train']),
    },
    { key: 'B', summary: 'One Feature Store: online for serving, offline for training', document: option('One Feature Store', [featureStore(true, true)], ['calc>store>ep', 'store>train']) },
    { key: 'C', summary: 'Serve and train from the S3 feature files', document: option('S3 for both', [{ ...history, at: [2, 1] }], ['calc>lake>ep', 'lake>train']) },
    { key: 'D', summary: 'An online-only Feature Store for serving, S3 for training', document: option('Online-only store', [featureStore(true, false), history], ['calc>store>ep', 'calc>lake>train']) },
  ],
};
