import { design, type NodeSpec } from '../../model/builder';
import type { Params } from '../../model/document';
import type { Scenario } from '../types';
import { lake, trainingJob } from './parts';

const lookups = { latencyTargetMs: 20, readsPerSecond: 200, writesPerSecond: 2, storedGb: 20 };
const serve = (title: string, store: NodeSpec) =>
  design({
    title,
    nodes: [
      lake('lake', [0, 1], 'Purchase history'),
      trainingJob('train', { purchase: 'spot', durationHours: 2, runsPerMonth: 30, deadlineHours: 12, maxWaitHours: 12 }, [1, 1], 'Nightly recommender'),
      { ...store, at: [2, 1] },
      { id: 'shop', service: 'client', label: 'Shop pages', at: [3, 1] },
    ],
    flows: ['lake>train>table>shop'],
  });
const table = (params: Params): NodeSpec => ({ id: 'table', service: 'dynamodb', label: 'Recommendations', params: { ...lookups, itemSizeKb: 3, ...params } });

export const dynamoReadConsistency: Scenario = {
  id: 'team-dynamodb-read-consistency',
  title: 'Recommendations a second stale',
  topic: 'DynamoDB read consistency and capacity mode',
  origin: 'team',
  exam: ['MLS-C01 1.1', 'MLA-C01 1.1', 'MLA-C01 4.2'],
  prompt:
    'A shop precomputes recommendations nightly and serves them from a key-value table: a steady 200 lookups per second around the clock, 3 KB items, under 20 ms. A recommendation that is a second out of date is fine. Which table setup costs least?',
  requirements: ['200 reads/s, steady', '3 KB items', 'Under 20 ms', 'Reads may be slightly stale'],
  answer: 'B',
  decidingRules: ['serving-overkill'],
  checks: [{ kind: 'servesWithin', ms: 20, text: 'Lookups under 20 ms' }],
  explanation:
    'An eventually consistent read of up to 4 KB costs half a read unit, a strongly consistent one a whole unit, and stale-by-a-second is exactly what eventual consistency allows. For steady traffic, provisioned capacity is cheaper than paying per request: 100 RCUs (200 reads/s × 0.5) × 730 h × ≈$0.00013 ≈ $9.49 a month, against ≈$18.98 for 200 RCUs of strong reads and $65.70 for on-demand strong reads (525.6 M units × $0.125). ElastiCache answers faster than needed and costs ≈$300 for two nodes.',
  options: [
    { key: 'A', summary: 'DynamoDB on-demand, strongly consistent reads', document: serve('On-demand, strong reads', table({ capacityMode: 'on-demand', readConsistency: 'strong' })) },
    { key: 'B', summary: 'DynamoDB provisioned, eventually consistent reads', document: serve('Provisioned, eventual reads', table({ capacityMode: 'provisioned', readConsistency: 'eventual' })) },
    { key: 'C', summary: 'DynamoDB provisioned, strongly consistent reads', document: serve('Provisioned, strong reads', table({ capacityMode: 'provisioned', readConsistency: 'strong' })) },
    { key: 'D', summary: 'ElastiCache (2 nodes)', document: serve('ElastiCache', { id: 'table', service: 'elasticache', label: 'Recommendations', params: { nodes: 2, latencyTargetMs: 20, readsPerSecond: 200 } }) },
  ],
};
