import { design, type NodeSpec } from '../../model/builder';
import type { Scenario } from '../types';
import { lake, producers } from './parts';

const rides = producers('src', 1500, 600, 'Ride events');
const dashboard: NodeSpec = { id: 'dash', service: 'opensearch', label: 'Live ops dashboard', params: { instances: 2 }, at: [3, 0] };
const updater: NodeSpec = { id: 'fn', service: 'lambda', label: 'Dashboard updater', params: { latencyTargetSeconds: 30 }, at: [2, 0] };

export const firehoseFreshness: Scenario = {
  id: 'team-firehose-freshness',
  title: 'A dashboard that is never more than 30 s behind',
  topic: 'Firehose buffering vs real time',
  origin: 'team',
  exam: ['MLS-C01 1.2', 'MLA-C01 1.1'],
  prompt:
    'A ride-hailing company wants its live operations dashboard to reflect rides within 30 seconds, while every event is also archived to S3. Which ingestion design meets the freshness target?',
  requirements: ['Dashboard fresh within 30 s', 'Everything archived to S3', '1,500 events/s'],
  answer: 'D',
  decidingRules: ['firehose-latency', 'firehose-multiple-consumers'],
  checks: [
    { kind: 'freshWithin', seconds: 30, text: 'Dashboard data within 30 s' },
    { kind: 'flows', from: ['source'], to: ['s3'], text: 'Every event archived to S3' },
    { kind: 'flows', from: ['source'], to: ['opensearch'], text: 'The dashboard store is fed' },
  ],
  explanation:
    'In exam terms Firehose buffers for 60–900 s before delivering, so a consumer that needs data within 30 s cannot sit behind it — not with the default 300 s buffer and not with the 60 s minimum either. A stream delivers in under a second: Kinesis Data Streams feeding the dashboard updater, with a Firehose behind the stream for the S3 archive. One Firehose cannot feed two destinations.',
  options: [
    {
      key: 'A',
      summary: 'Firehose (300 s buffer) → Lambda → OpenSearch, and S3',
      document: design({ title: 'Firehose, 300 s', nodes: [rides, { id: 'fh', service: 'firehose', label: 'Ride feed', params: { bufferSeconds: 300 }, at: [1, 1] }, updater, dashboard, lake('lake', [2, 1], 'Ride archive')], flows: ['src>fh>fn>dash', 'fh>lake'] }),
    },
    {
      key: 'B',
      summary: 'Two Firehoses with 60 s buffers',
      document: design({ title: 'Two Firehoses, 60 s', nodes: [rides, { id: 'fh', service: 'firehose', label: 'Archive feed', params: { bufferSeconds: 60 }, at: [1, 1] }, { id: 'fh2', service: 'firehose', label: 'Dashboard feed', params: { bufferSeconds: 60 }, at: [1, 0] }, updater, dashboard, lake('lake', [2, 1], 'Ride archive')], flows: ['src>fh>lake', 'src>fh2>fn>dash'] }),
    },
    {
      key: 'C',
      summary: 'Firehose straight into OpenSearch, 60 s buffer',
      document: design({ title: 'Firehose to OpenSearch', nodes: [rides, { id: 'fh', service: 'firehose', label: 'Ride feed', params: { bufferSeconds: 60 }, at: [1, 1] }, { ...dashboard, params: { instances: 2, latencyTargetMs: 100 }, at: [2, 0] }, { id: 'fresh', service: 'client', label: 'Ops team', params: { latencyTargetSeconds: 30 }, at: [3, 0] }], flows: ['src>fh>dash>fresh'] }),
    },
    {
      key: 'D',
      summary: 'Kinesis Data Streams → Lambda → OpenSearch, Firehose → S3 from the stream',
      document: design({ title: 'Stream first', nodes: [rides, { id: 'kds', service: 'kinesis-data-streams', label: 'Ride stream', params: { shards: 2 }, at: [1, 1] }, updater, dashboard, { id: 'fh', service: 'firehose', label: 'Archive', at: [2, 1] }, lake('lake', [3, 1], 'Ride archive')], flows: ['src>kds>fn>dash', 'kds>fh>lake'] }),
    },
  ],
};
