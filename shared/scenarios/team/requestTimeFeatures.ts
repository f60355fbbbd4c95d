import { design, type NodeSpec } from '../../model/builder';
import type { Scenario } from '../types';
import { lake, trainingJob } from './parts';

const history = lake('lake', [0, 1], 'Labelled transactions');
const model = trainingJob('train', { purchase: 'spot', checkpointing: true, durationHours: 2, runsPerMonth: 4.35, deadlineHours: 24, maxWaitHours: 24 }, [1, 1], 'Fraud model');
const authorisation: NodeSpec = { id: 'auth', service: 'client', label: 'Card authorisation', at: [4, 1] };
const needs = { requestTimeFeatures: true };

const precomputed = (title: string, store: NodeSpec) =>
  design({ title, needs, nodes: [history, model, { ...store, at: [3, 1] }, authorisation], flows: ['lake>train>store>auth'] });

export const requestTimeFeatures: Scenario = {
  id: 'team-request-time-features',
  title: 'Scoring the transaction being made',
  topic: 'Real-time inference vs precomputed predictions',
  origin: 'team',
  exam: ['MLS-C01 4.4', 'MLA-C01 3.1'],
  prompt:
    'A card issuer retrains a fraud model weekly. At authorisation, the model must score the transaction being made — its amount, merchant and device — and answer within 100 ms. Which serving design is correct?',
  requirements: ['Inputs known only when the transaction arrives', 'Answer within 100 ms', 'Weekly retraining'],
  answer: 'C',
  decidingRules: ['precomputed-needs-request-time'],
  checks: [
    { kind: 'includes', anyOf: ['sagemaker-endpoint'], text: 'A model answers each request' },
    { kind: 'servesWithin', ms: 100, text: 'Answer within 100 ms' },
  ],
  explanation:
    'A prediction computed ahead of time can only use what the batch job saw when it ran; the amount, merchant and device of this transaction are not known until it arrives. DynamoDB or ElastiCache lookups are faster and cheaper, but they serve scores of yesterday’s inputs, however often a batch job refreshes them. Only a real-time endpoint invoked with the request’s features (~50 ms) scores the transaction itself; API Gateway in front of it adds a few milliseconds. It costs more (≈$1,465/month, most of it 1.3 billion HTTP API calls, against ≈$176 for the DynamoDB lookup), but the cheaper designs answer a different question.',
  options: [
    { key: 'A', summary: 'Batch-score every card nightly into DynamoDB and look the score up', document: precomputed('DynamoDB lookup', { id: 'store', service: 'dynamodb', label: 'Card scores', params: { latencyTargetMs: 100, readsPerSecond: 500, writesPerSecond: 5, storedGb: 5 } }) },
    { key: 'B', summary: 'Batch-score into ElastiCache for sub-millisecond lookups', document: precomputed('ElastiCache lookup', { id: 'store', service: 'elasticache', label: 'Card scores', params: { latencyTargetMs: 100, readsPerSecond: 500, nodes: 2, engine: 'valkey' } }) },
    {
      key: 'C',
      summary: 'SageMaker real-time endpoint behind API Gateway, called with the transaction',
      document: design({
        title: 'Real-time endpoint',
        needs,
        nodes: [history, model, { id: 'ep', service: 'sagemaker-endpoint', label: 'Fraud endpoint', params: { instanceType: 'ml.c5.large', instanceCount: 2, latencyTargetMs: 100, requestsPerSecond: 500 }, at: [2, 1] }, { id: 'api', service: 'api-gateway', label: 'Scoring API', params: { apiType: 'http', latencyTargetMs: 100, readsPerSecond: 500 }, at: [3, 1] }, authorisation],
        flows: ['lake>train>ep>api>auth'],
      }),
    },
    {
      key: 'D',
      summary: 'A SageMaker Processing job rescoring cards every 15 minutes into DynamoDB',
      document: design({
        title: 'Processing every 15 min',
        needs,
        nodes: [
          history,
          { ...model, at: [1, 0] },
          { id: 'job', service: 'sagemaker-processing', label: 'Rescoring job', params: { hoursPerRun: 0.1, runsPerMonth: 2920 }, at: [1, 2] },
          lake('scores', [2, 2], 'Score files'),
          { id: 'load', service: 'lambda', label: 'Load scores', at: [3, 2] },
          { id: 'store', service: 'dynamodb', label: 'Card scores', params: { latencyTargetMs: 100, readsPerSecond: 500, writesPerSecond: 50, storedGb: 5 }, at: [4, 2] },
          { ...authorisation, at: [5, 1] },
        ],
        flows: ['lake>train', 'lake>job>scores>load>store>auth'],
      }),
    },
  ],
};
