import { design, type NodeSpec } from '../../model/builder';
import type { Params } from '../../model/document';
import type { Scenario } from '../types';
import { producers } from './parts';

const trades = producers('src', 4000, 1000, 'Trade events');
const consumers: NodeSpec[] = [
  { id: 'risk', service: 'lambda', label: 'Risk limits', params: { latencyTargetSeconds: 1 }, at: [2, 0] },
  { id: 'fraud', service: 'managed-flink', label: 'Fraud windows', params: { latencyTargetSeconds: 1, kpus: 2 }, at: [2, 1] },
  { id: 'audit', service: 'lambda', label: 'Audit trail', at: [2, 2] },
];
const streamOption = (title: string, stream: Params) =>
  design({
    title,
    nodes: [trades, { id: 'kds', service: 'kinesis-data-streams', label: 'Trades', params: stream, at: [1, 1] }, ...consumers],
    flows: ['src>kds>risk', 'kds>fraud', 'kds>audit'],
  });

export const readFanOut: Scenario = {
  id: 'team-read-fan-out',
  title: 'Three readers on a 4 MB/s stream',
  topic: 'Read throughput and enhanced fan-out',
  origin: 'team',
  exam: ['MLS-C01 1.2', 'MLS-C01 4.1', 'MLA-C01 1.1'],
  prompt:
    'A trading platform writes 4 MB/s (4,000 records/s of 1 KB) to a 4-shard stream. Three applications — risk limits, fraud windows and an audit trail — each need every record within a second. Consumers are falling behind. What is the fix?',
  requirements: ['4 MB/s into 4 shards', 'Three consumers, each reading everything', 'Sub-second delivery', 'No Kafka need'],
  answer: 'B',
  decidingRules: ['kds-read-limit', 'firehose-multiple-consumers', 'msk-without-kafka-need'],
  checks: [
    { kind: 'fanOut', atLeast: 3, text: 'Three consumers read every record' },
    { kind: 'freshWithin', seconds: 1, text: 'Sub-second delivery' },
  ],
  explanation:
    'Without enhanced fan-out, all consumers share 2 MB/s of reads per shard: 3 × 4 MB/s = 12 MB/s wanted, 8 MB/s available. Enhanced fan-out gives each registered consumer its own 2 MB/s per shard with push delivery. (Resharding to 6 shards would also cover the bytes, but consumers would still compete for the 5 read calls/s per shard.) Firehose cannot feed three consumers, and MSK adds a cluster nobody needs.',
  options: [
    { key: 'A', summary: 'Keep shared-throughput consumers on 4 shards', document: streamOption('Shared throughput', { shards: 4 }) },
    { key: 'B', summary: 'Enable enhanced fan-out', document: streamOption('Enhanced fan-out', { shards: 4, enhancedFanOut: true }) },
    {
      key: 'C',
      summary: 'Replace the stream with Firehose to each consumer',
      document: design({ title: 'Firehose fan-out', nodes: [trades, { id: 'fh', service: 'firehose', label: 'Trades', at: [1, 1] }, ...consumers], flows: ['src>fh>risk', 'fh>fraud', 'fh>audit'] }),
    },
    {
      key: 'D',
      summary: 'Move to MSK',
      document: design({ title: 'MSK', nodes: [trades, { id: 'msk', service: 'msk', label: 'Trades', params: { brokers: 3 }, at: [1, 1] }, ...consumers], flows: ['src>msk>risk', 'msk>fraud', 'msk>audit'] }),
    },
  ],
};
