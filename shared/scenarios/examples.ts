import { design } from '../model/builder';
import type { PipelineDocument } from '../model/document';
import { seedQ1 } from './seed/q1';
import { seedQ2 } from './seed/q2';
import { seedQ3 } from './seed/q3';
import type { Scenario } from './types';

export interface Example {
  id: string;
  title: string;
  description: string;
  document: PipelineDocument;
}

function answerOf(scenario: Scenario): PipelineDocument {
  const option = scenario.options.find((o) => o.key === scenario.answer)!;
  return { ...option.document, title: `${scenario.title} (answer ${scenario.answer})` };
}

/** Designs offered by "New from example": the practice answers and the shard-sizing worked examples. */
export const EXAMPLES: readonly Example[] = [
  { id: 'q1-answer', title: 'Q1 answer: Firehose → S3 → Spot → DynamoDB', description: 'Budget pipeline for 2 GB/hour with weekly Spot training.', document: answerOf(seedQ1) },
  { id: 'q2-answer', title: 'Q2 answer: Data Streams → several Lambdas', description: 'Three consumers, one real-time, with replay.', document: answerOf(seedQ2) },
  { id: 'q3-answer', title: 'Q3 answer: On-Demand fraud retraining', description: 'A 2.67x buffer on critical work: no Spot.', document: answerOf(seedQ3) },
  {
    id: 'shards-by-records',
    title: 'Shard sizing: 8,000 events/s × 750 bytes',
    description: '6 MB/s needs 6 shards by bytes but 8 by records: the records limit wins.',
    document: design({
      title: 'Shard sizing: 8,000 events/s × 750 bytes',
      notes: '8,000 × 750 B = 6 MB/s → 6 shards by the 1 MB/s limit, but 8,000 records/s → 8 shards by the 1,000 records/s limit. The larger wins: 8 shards, $381.94/month.',
      nodes: [
        { id: 'src', service: 'source', label: 'Click events', params: { eventsPerSecond: 8000, bytesPerEvent: 750 } },
        { id: 'kds', service: 'kinesis-data-streams', label: 'Click stream', params: { shards: 8 } },
        { id: 'rt', service: 'lambda', label: 'Real-time features', params: { latencyTargetSeconds: 5 }, at: [2, 0] },
        { id: 'fh', service: 'firehose', label: 'Archive', at: [2, 1] },
        { id: 's3', service: 's3', label: 'Click archive', at: [3, 1] },
      ],
      flows: ['src>kds>rt', 'kds>fh>s3'],
    }),
  },
  {
    id: 'shards-by-bytes',
    title: 'Shard sizing: 2,000 events/s × 2,000 bytes',
    description: '4 MB/s needs 4 shards by bytes and only 2 by records: bytes win.',
    document: design({
      title: 'Shard sizing: 2,000 events/s × 2,000 bytes',
      notes: '2,000 × 2,000 B = 4 MB/s → 4 shards by bytes; 2,000 records/s → 2 by records. Bytes win: 4 shards.',
      nodes: [
        { id: 'src', service: 'source', label: 'Telemetry', params: { eventsPerSecond: 2000, bytesPerEvent: 2000 } },
        { id: 'kds', service: 'kinesis-data-streams', label: 'Telemetry stream', params: { shards: 4, enhancedFanOut: true } },
        { id: 'flink', service: 'managed-flink', label: 'Anomaly windows', params: { latencyTargetSeconds: 2 }, at: [2, 0] },
        { id: 'fh', service: 'firehose', label: 'Archive', at: [2, 1] },
        { id: 's3', service: 's3', label: 'Telemetry archive', at: [3, 1] },
      ],
      flows: ['src>kds>flink', 'kds>fh>s3'],
    }),
  },
];
