import { design, type NodeSpec } from '../../model/builder';
import type { Params } from '../../model/document';
import type { Scenario } from '../types';
import { lake, producers } from './parts';

const transactions = producers('src', 800, 1200, 'Card transactions');
/** "Re-run a new model over the last 7 days": the replay window. */
const needs = { replayHours: 168 };
const consumers: NodeSpec[] = [
  { id: 'scorer', service: 'lambda', label: 'Fraud scoring', at: [2, 0] },
  { id: 'fh', service: 'firehose', label: 'Archive', at: [2, 2] },
  lake('lake', [3, 2], 'Transaction archive'),
];
const withStream = (title: string, stream: NodeSpec) =>
  design({ title, needs, nodes: [transactions, stream, ...consumers], flows: [`src>${stream.id}>scorer`, `${stream.id}>fh>lake`] });
const kds = (params: Params): NodeSpec => ({ id: 'kds', service: 'kinesis-data-streams', label: 'Transaction stream', params: { shards: 1, ...params }, at: [1, 1] });

export const replayWeek: Scenario = {
  id: 'team-replay-week',
  title: 'Replaying a week of transactions',
  topic: 'Replay window vs stream retention',
  origin: 'team',
  exam: ['MLS-C01 1.1', 'MLS-C01 1.2', 'MLA-C01 1.1'],
  prompt:
    'A card issuer streams 800 transactions per second (about 1.2 KB each) to a fraud-scoring function and archives them to S3. When a new fraud model is approved, the team must re-run scoring over the last 7 days of transactions straight from the stream, in order, without rebuilding them from the archive. Which ingestion design meets this with the least cost and effort?',
  requirements: ['800 transactions/s × 1.2 KB', 'Real-time scoring and an S3 archive', 'Re-read the last 7 days (168 h) from the stream'],
  answer: 'B',
  decidingRules: ['retention-shorter-than-replay', 'replay-needs-stream', 'msk-without-kafka-need'],
  checks: [
    { kind: 'includes', anyOf: ['kinesis-data-streams', 'msk'], text: 'A stream that keeps 7 days of records' },
    { kind: 'flows', from: ['source'], to: ['s3'], text: 'Transactions archived to S3' },
  ],
  explanation:
    'A replay re-reads the stream itself, so the stream must still hold 7 days of records. Kinesis Data Streams keeps 24 h by default: option A loses six of the seven days. Raising retention to 168 h (B) is one setting and is billed as extended retention, 1 shard × 730 h × $0.02 = $14.60/month on top of the shard ($10.95) and PUT units ($29.43). Firehose (C) keeps nothing to re-read: replaying from S3 objects is the rebuild the question rules out. MSK (D) keeps 7 days by default but with no Kafka need it costs $459.90 in brokers plus $300 of storage a month, and a cluster to run.',
  options: [
    { key: 'A', summary: 'Kinesis Data Streams with the default 24 h retention', document: withStream('Stream, 24 h', kds({})) },
    { key: 'B', summary: 'Kinesis Data Streams with retention raised to 7 days', document: withStream('Stream, 7 days', kds({ retentionHours: 168 })) },
    {
      key: 'C',
      summary: 'Firehose to S3; scoring reads the delivered objects',
      document: design({
        title: 'Firehose only',
        needs,
        nodes: [transactions, { id: 'fh', service: 'firehose', label: 'Transaction feed', at: [1, 1] }, lake('lake', [2, 1], 'Transaction archive'), { id: 'scorer', service: 'lambda', label: 'Fraud scoring', at: [3, 1] }],
        flows: ['src>fh>lake>scorer'],
      }),
    },
    { key: 'D', summary: 'Amazon MSK with 7 days of topic retention', document: withStream('MSK', { id: 'msk', service: 'msk', label: 'Transaction topics', params: { brokers: 3, retentionHours: 168 }, at: [1, 1] }) },
  ],
};
