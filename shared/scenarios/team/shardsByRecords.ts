import { design } from '../../model/builder';
import type { Params } from '../../model/document';
import type { Scenario } from '../types';
import { lake, producers } from './parts';

const clicks = producers('src', 8000, 750, 'Click events');
const option = (title: string, stream: Params) =>
  design({
    title,
    nodes: [
      clicks,
      { id: 'kds', service: 'kinesis-data-streams', label: 'Click stream', params: stream, at: [1, 1] },
      { id: 'features', service: 'lambda', label: 'Session features', params: { latencyTargetSeconds: 10, batchSize: 500 }, at: [2, 0] },
      { id: 'fh', service: 'firehose', label: 'Archive', at: [2, 1] },
      lake('lake', [3, 1], 'Click archive'),
    ],
    flows: ['src>kds>features', 'kds>fh>lake'],
  });

export const shardsByRecords: Scenario = {
  id: 'team-shards-records',
  title: 'Small records, many of them',
  topic: 'Shard sizing by records',
  origin: 'team',
  exam: ['MLS-C01 1.2', 'MLS-C01 4.1', 'MLA-C01 1.1'],
  prompt:
    'An e-commerce site streams 8,000 click events per second, 750 bytes each, into Kinesis Data Streams for session features and an archive. Which stream configuration handles the writes at the lowest cost?',
  requirements: ['8,000 events/s × 750 bytes', 'Two consumers', 'No throttling'],
  answer: 'B',
  decidingRules: ['kds-under-provisioned', 'kds-over-provisioned'],
  checks: [
    { kind: 'includes', anyOf: ['kinesis-data-streams'], text: 'A Kinesis stream' },
    { kind: 'fanOut', atLeast: 2, text: 'Features and archive both read it' },
  ],
  explanation:
    '8,000 × 750 B = 6 MB/s, so 6 shards by bytes — but each shard also takes at most 1,000 records/s, so 8,000 records/s needs 8 shards. The records limit wins: 8 shards ($87.60 + $294.34 of PUT units = $381.94/month). 6 shards is the classic mistake (the study notes stop there). On-demand mode works but bills every record rounded up to 1 KB, about four times the price here; 20 shards pays for 12 idle shards every hour.',
  options: [
    { key: 'A', summary: '6 shards (6 MB/s ÷ 1 MB/s)', document: option('6 shards', { shards: 6 }) },
    { key: 'B', summary: '8 shards (8,000 records/s ÷ 1,000)', document: option('8 shards', { shards: 8 }) },
    { key: 'C', summary: 'On-demand capacity mode', document: option('On-demand mode', { mode: 'on-demand' }) },
    { key: 'D', summary: '20 shards, for growth', document: option('20 shards', { shards: 20 }) },
  ],
};
