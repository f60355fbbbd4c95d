import { design, type NodeSpec } from '../../model/builder';
import type { Scenario } from '../types';
import { lake, producers } from './parts';

const readings = producers('src', 500, 1000, 'Meter readings');
/** "The last three days": the window a replay must reach back. */
const needs = { replayHours: 72 };
const consumers: NodeSpec[] = [
  { id: 'billing', service: 'lambda', label: 'Billing aggregation', at: [2, 0] },
  { id: 'backfill', service: 'lambda', label: 'Model backfills', at: [2, 2] },
];

export const replayRetention: Scenario = {
  id: 'team-replay',
  title: 'Re-reading last week’s readings',
  topic: 'Replay needs a stream',
  origin: 'team',
  exam: ['MLS-C01 1.2', 'MLA-C01 1.1'],
  prompt:
    'A utility ingests 500 smart-meter readings per second. When the billing logic changes, the team must re-run it over the last three days of readings, and a second consumer backfills model features from the same data. Which ingestion design supports this?',
  requirements: ['Two consumers', 'Re-read (replay) the last 3 days of records (72 h)', 'Archive to S3'],
  answer: 'B',
  decidingRules: ['replay-needs-stream', 'firehose-multiple-consumers', 'msk-without-kafka-need'],
  checks: [
    { kind: 'includes', anyOf: ['kinesis-data-streams', 'msk'], text: 'A log that can be replayed' },
    { kind: 'fanOut', atLeast: 2, text: 'Two consumers read the same data' },
    { kind: 'flows', from: ['source'], to: ['s3'], text: 'Readings archived to S3' },
  ],
  explanation:
    'Replay means a log that consumers can read again from an earlier position: Kinesis Data Streams keeps records 24 h by default and up to 365 days; here 7 days, more than the 72 h window, billed as extended retention (1 shard × 730 h × $0.02 = $14.60/month, the same for 72 h as for 7 days). Firehose delivers and forgets, so neither a single nor a double Firehose can replay. MSK can replay too, but with no Kafka need it costs several times more and needs a cluster to run.',
  options: [
    {
      key: 'A',
      summary: 'Firehose to S3, consumers read the objects',
      document: design({ title: 'Firehose only', needs, nodes: [readings, { id: 'fh', service: 'firehose', label: 'Meter feed', at: [1, 1] }, lake('lake', [2, 1])], flows: ['src>fh>lake'] }),
    },
    {
      key: 'B',
      summary: 'Kinesis Data Streams with 7-day retention, Firehose archive behind it',
      document: design({
        title: 'Stream with 7-day retention',
        needs,
        nodes: [readings, { id: 'kds', service: 'kinesis-data-streams', label: 'Meter stream', params: { shards: 1, retentionHours: 168 }, at: [1, 1] }, ...consumers, { id: 'fh', service: 'firehose', label: 'Archive', at: [2, 1] }, lake('lake', [3, 1])],
        flows: ['src>kds>billing', 'kds>backfill', 'kds>fh>lake'],
      }),
    },
    {
      key: 'C',
      summary: 'One Firehose feeding both consumers and S3',
      document: design({ title: 'Firehose to everyone', needs, nodes: [readings, { id: 'fh', service: 'firehose', label: 'Meter feed', at: [1, 1] }, ...consumers, lake('lake', [2, 1])], flows: ['src>fh>billing', 'fh>backfill', 'fh>lake'] }),
    },
    {
      key: 'D',
      summary: 'MSK with 7 days of topic retention',
      document: design({
        title: 'MSK',
        needs,
        nodes: [readings, { id: 'msk', service: 'msk', label: 'Meter topics', params: { brokers: 3, storageGbPerBroker: 500 }, at: [1, 1] }, ...consumers, { id: 'fh', service: 'firehose', label: 'Archive', at: [2, 1] }, lake('lake', [3, 1])],
        flows: ['src>msk>billing', 'msk>backfill', 'msk>fh>lake'],
      }),
    },
  ],
};
