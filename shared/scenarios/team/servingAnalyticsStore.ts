import { design, type NodeSpec } from '../../model/builder';
import type { Scenario } from '../types';
import { lake, trainingJob } from './parts';

const front: NodeSpec[] = [
  { id: 'api', service: 'api-gateway', label: 'Scores API', params: { apiType: 'http', readsPerSecond: 50 }, at: [3, 1] },
  { id: 'app', service: 'client', label: 'Loan app', at: [4, 1] },
];
const serve = (title: string, store: NodeSpec, extra: NodeSpec[] = [], flows: string[] = ['lake>train>store>api>app']) =>
  design({
    title,
    nodes: [
      lake('lake', [0, 1], 'Loan applications'),
      trainingJob('train', { purchase: 'spot', durationHours: 3, runsPerMonth: 4.35, deadlineHours: 48, maxWaitHours: 48 }, [1, 1], 'Weekly credit model'),
      { ...store, at: [2, 1] },
      ...extra,
    ],
    flows,
  });
const target = { latencyTargetMs: 50, readsPerSecond: 50 };

export const servingAnalyticsStore: Scenario = {
  id: 'team-serving-analytics-store',
  title: 'Scores behind an API',
  topic: 'Serving latency: analytics stores are not serving stores',
  origin: 'team',
  exam: ['MLS-C01 1.1', 'MLS-C01 4.1', 'MLA-C01 1.1', 'MLA-C01 3.1'],
  prompt:
    'A lender scores applicants weekly in batch and must return a stored score through an API in under 50 ms. The data team already uses Athena and Redshift for reporting. Where should the scores be served from?',
  requirements: ['Weekly batch scoring', 'API lookups under 50 ms', '50 lookups/s'],
  answer: 'D',
  decidingRules: ['serving-latency'],
  checks: [
    { kind: 'servesWithin', ms: 50, text: 'Lookups under 50 ms' },
    { kind: 'includes', anyOf: ['sagemaker-training'], text: 'Weekly batch scoring' },
  ],
  explanation:
    'Athena (seconds per query), Redshift (~1 s) and S3 (~100 ms to first byte) are analytics stores: fine for reports, far too slow for a 50 ms lookup. DynamoDB answers simple key lookups in single-digit milliseconds, scales itself and costs a few dollars at this volume.',
  options: [
    { key: 'A', summary: 'Query the scores with Athena', document: serve('Athena', { id: 'store', service: 'athena', label: 'Scores', params: { ...target, gbScannedPerQuery: 0.01 } }, [{ id: 'out', service: 's3', label: 'Scored output', at: [2, 0] }, ...front], ['lake>train>out>store>api>app']) },
    { key: 'B', summary: 'Load them into Redshift', document: serve('Redshift', { id: 'store', service: 'redshift', label: 'Scores', params: { ...target, nodes: 2 } }, front) },
    { key: 'C', summary: 'Read the score file from S3', document: serve('S3', { id: 'store', service: 's3', label: 'Scores', params: { ...target, storedGb: 1 } }, [{ ...front[1]!, at: [3, 1] }], ['lake>train>store', 'train>app']) },
    { key: 'D', summary: 'DynamoDB', document: serve('DynamoDB', { id: 'store', service: 'dynamodb', label: 'Scores', params: { ...target, writesPerSecond: 1, storedGb: 2 } }, front) },
  ],
};
