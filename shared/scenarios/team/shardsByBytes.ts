import { design } from '../../model/builder';
import type { Scenario } from '../types';
import { lake, producers } from './parts';

const telemetry = producers('src', 2000, 2000, 'Turbine telemetry');
const option = (title: string, shards: number) =>
  design({
    title,
    nodes: [
      telemetry,
      { id: 'kds', service: 'kinesis-data-streams', label: 'Telemetry stream', params: { shards }, at: [1, 1] },
      { id: 'anomaly', service: 'lambda', label: 'Anomaly alerts', params: { latencyTargetSeconds: 5 }, at: [2, 0] },
      { id: 'fh', service: 'firehose', label: 'Archive', at: [2, 1] },
      lake('lake', [3, 1], 'Telemetry archive'),
    ],
    flows: ['src>kds>anomaly', 'kds>fh>lake'],
  });

export const shardsByBytes: Scenario = {
  id: 'team-shards-bytes',
  title: 'How many shards for 2 KB events?',
  topic: 'Shard sizing by bytes',
  origin: 'team',
  exam: ['MLS-C01 1.2', 'MLS-C01 4.1', 'MLA-C01 1.1'],
  prompt:
    'A wind farm streams 2,000 telemetry events per second, each about 2,000 bytes, into Kinesis Data Streams. An alerting Lambda and a Firehose archive both read the stream. How many provisioned shards should the stream have?',
  requirements: ['2,000 events/s × 2,000 bytes', 'Two consumers: alerts and archive', 'Provisioned capacity'],
  answer: 'C',
  decidingRules: ['kds-under-provisioned', 'kds-over-provisioned'],
  checks: [
    { kind: 'includes', anyOf: ['kinesis-data-streams'], text: 'A provisioned Kinesis stream' },
    { kind: 'fanOut', atLeast: 2, text: 'Alerts and archive both read it' },
  ],
  explanation:
    '2,000 × 2,000 B = 4 MB/s. By the 1 MB/s write limit that is 4 shards; by the 1,000 records/s limit only 2. The larger wins: 4 shards. Two consumers read 2 × 4 = 8 MB/s, exactly the 2 MB/s per shard that 4 shards share. 2 or 3 shards throttle writes; 10 shards work but leave 6 idle shards billing every hour.',
  options: [
    { key: 'A', summary: '2 shards (2,000 records/s ÷ 1,000)', document: option('2 shards', 2) },
    { key: 'B', summary: '3 shards', document: option('3 shards', 3) },
    { key: 'C', summary: '4 shards (4 MB/s ÷ 1 MB/s)', document: option('4 shards', 4) },
    { key: 'D', summary: '10 shards, for headroom', document: option('10 shards', 10) },
  ],
};
