import { design, type NodeSpec } from '../../model/builder';
import type { Scenario } from '../types';
import { lake, trainingJob } from './parts';

const serve = (title: string, store: NodeSpec) =>
  design({
    title,
    nodes: [
      lake('lake', [0, 1], 'Bid history'),
      trainingJob('train', { purchase: 'spot', durationHours: 2, runsPerMonth: 30, deadlineHours: 12, maxWaitHours: 12 }, [1, 1], 'Daily bid model'),
      { ...store, at: [2, 1] },
      { id: 'bidder', service: 'client', label: 'Bidding service', at: [3, 1] },
    ],
    flows: ['lake>train>store>bidder'],
  });
const lookups = { latencyTargetMs: 5, readsPerSecond: 2000 };

export const servingSubTen: Scenario = {
  id: 'team-serving-sub-10ms',
  title: 'Five milliseconds to bid',
  topic: 'Serving latency: cache vs key-value store',
  origin: 'team',
  exam: ['MLS-C01 1.1', 'MLS-C01 4.1', 'MLA-C01 1.1', 'MLA-C01 3.1'],
  prompt:
    'An ad-tech platform precomputes bid scores daily. The bidding service must look up a user’s score in under 5 ms (p50) at 2,000 lookups per second. Which serving store should hold the scores?',
  requirements: ['Precomputed scores', 'Lookups under 5 ms', '2,000 reads/s'],
  answer: 'C',
  decidingRules: ['serving-latency'],
  checks: [
    { kind: 'servesWithin', ms: 5, text: 'Lookups under 5 ms' },
    { kind: 'includes', anyOf: ['sagemaker-training'], text: 'Scores are trained and precomputed' },
  ],
  explanation:
    'DynamoDB is the exam’s default serving store, but its single-digit milliseconds (~10 ms here) do not meet a 5 ms target; an in-memory cache does, at well under a millisecond. Aurora (~10–20 ms) and a real-time endpoint (tens of ms, and it recomputes what is already precomputed) are slower still.',
  options: [
    { key: 'A', summary: 'DynamoDB on-demand', document: serve('DynamoDB', { id: 'store', service: 'dynamodb', label: 'Bid scores', params: { ...lookups, writesPerSecond: 5, storedGb: 20 } }) },
    { key: 'B', summary: 'Aurora with read replicas', document: serve('Aurora', { id: 'store', service: 'aurora', label: 'Bid scores', params: { ...lookups, instanceCount: 3, writesPerSecond: 5, storedGb: 20 } }) },
    { key: 'C', summary: 'ElastiCache', document: serve('ElastiCache', { id: 'store', service: 'elasticache', label: 'Bid scores', params: { ...lookups, nodes: 2, engine: 'valkey' } }) },
    { key: 'D', summary: 'A SageMaker real-time endpoint', document: serve('Endpoint', { id: 'store', service: 'sagemaker-endpoint', label: 'Bid scores', params: { latencyTargetMs: lookups.latencyTargetMs, requestsPerSecond: lookups.readsPerSecond, instanceCount: 2 } }) },
  ],
};
