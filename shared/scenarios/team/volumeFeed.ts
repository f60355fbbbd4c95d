import { design, type NodeSpec } from '../../model/builder';
import type { Params } from '../../model/document';
import type { Scenario } from '../types';
import { lake } from './parts';

/** The partner states its feed only as a volume: 30 GB per hour, steady around the clock. */
const feed: NodeSpec = { id: 'src', service: 'source', label: 'Partner telemetry', params: { rateMode: 'volume', gbPerHour: 30 }, at: [0, 1] };
const readers: NodeSpec[] = [
  { id: 'detector', service: 'lambda', label: 'Anomaly detector', at: [2, 0] },
  { id: 'fh', service: 'firehose', label: 'Archive', at: [2, 2] },
  lake('lake', [3, 2], 'Telemetry archive'),
];
const stream = (title: string, params: Params) =>
  design({
    title,
    nodes: [feed, { id: 'kds', service: 'kinesis-data-streams', label: 'Telemetry stream', params, at: [1, 1] }, ...readers],
    flows: ['src>kds>detector', 'kds>fh>lake'],
  });

export const volumeFeed: Scenario = {
  id: 'team-volume-feed',
  title: 'A feed given in GB per hour',
  topic: 'Sizing and pricing a stream from volume',
  origin: 'team',
  exam: ['MLS-C01 1.2', 'MLA-C01 1.1', 'MLA-C01 4.2'],
  prompt:
    'A partner pushes a steady 30 GB of telemetry per hour, around the clock; the contract states only the volume. An anomaly detector must read it as it arrives, and everything is archived to S3. Which ingestion design is the most cost-effective one that keeps up?',
  requirements: ['30 GB/hour, steady', 'Two readers: anomaly detection and the S3 archive', 'Most cost-effective'],
  answer: 'B',
  decidingRules: ['firehose-multiple-consumers', 'kds-under-provisioned'],
  checks: [
    { kind: 'includes', anyOf: ['kinesis-data-streams'], text: 'A stream both readers share' },
    { kind: 'fanOut', atLeast: 2, text: 'Detector and archive both read it' },
    { kind: 'flows', from: ['source'], to: ['s3'], text: 'Telemetry archived to S3' },
  ],
  explanation:
    '30 GB/h is 8.33 MB/s, so the 1 MB/s write limit asks for 9 shards; at the 5,000-byte records assumed for a volume-only feed that is 1,667 records/s, which alone would need only 2. Nine provisioned shards cost 9 × 730 h × $0.015 = $98.55 plus $61.32 of PUT units a month, and two readers take 16.7 MB/s of the 18 MB/s nine shards serve. On-demand mode (C) needs no sizing but bills every GB in and out: 21,900 GB written at $0.08 and 43,800 GB read at $0.04, over $3,500 a month for a steady load it does not need to absorb. Two shards (D) were sized by records alone and throttle writes. One Firehose (A) delivers to one destination and cannot also feed the detector.',
  options: [
    {
      key: 'A',
      summary: 'One Firehose feeding the detector and S3',
      document: design({ title: 'Firehose to both', nodes: [feed, { id: 'fh', service: 'firehose', label: 'Telemetry feed', at: [1, 1] }, { id: 'detector', service: 'lambda', label: 'Anomaly detector', at: [2, 0] }, lake('lake', [2, 2], 'Telemetry archive')], flows: ['src>fh>detector', 'fh>lake'] }),
    },
    { key: 'B', summary: 'Kinesis Data Streams, 9 provisioned shards (8.33 MB/s ÷ 1 MB/s)', document: stream('9 shards', { shards: 9 }) },
    { key: 'C', summary: 'Kinesis Data Streams in on-demand mode', document: stream('On-demand', { mode: 'on-demand' }) },
    { key: 'D', summary: 'Kinesis Data Streams, 2 provisioned shards (records ÷ 1,000)', document: stream('2 shards', { shards: 2 }) },
  ],
};
