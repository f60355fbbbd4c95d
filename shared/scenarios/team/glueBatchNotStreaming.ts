import { design, type NodeSpec } from '../../model/builder';
import type { Scenario } from '../types';
import { lake, producers, trainingJob } from './parts';

const clicks = producers('src', 200, 2000, 'App events');
const stream: NodeSpec = { id: 'kds', service: 'kinesis-data-streams', label: 'App events', params: { shards: 1 }, at: [1, 1] };
/** The live dashboard the stream already feeds, in every option. */
const dashboard: NodeSpec = { id: 'live', service: 'lambda', label: 'Live dashboard feed', params: { batchSize: 100 }, at: [2, 0] };
const nightlyTraining = trainingJob('train', { instanceType: 'ml.m5.xlarge', durationHours: 2, runsPerMonth: 30, deadlineHours: 12 }, [5, 1], 'Nightly retraining');

export const glueBatchNotStreaming: Scenario = {
  id: 'team-glue-batch-not-streaming',
  title: 'A daily training set from a stream',
  topic: 'Glue streaming or batch ETL',
  origin: 'team',
  prompt:
    'A mobile app’s events already flow through Kinesis Data Streams for a live dashboard. The data science team now wants the same events cleaned, deduplicated and written as Parquet for a model retrained every night; data up to two days old is fine. Which design prepares the training data most cost-effectively?',
  requirements: ['Events already in Kinesis Data Streams', 'Cleaned Parquet for nightly retraining', 'Data up to two days old is acceptable', 'Lowest cost'],
  answer: 'A',
  decidingRules: ['glue-streaming-for-batch', 'glue-job-type-mismatch'],
  exam: ['MLS-C01 1.3', 'MLA-C01 1.2'],
  checks: [
    { kind: 'flows', from: ['kinesis-data-streams'], to: ['sagemaker-training'], text: 'The events reach the training job' },
    { kind: 'includes', anyOf: ['glue-etl', 'glue-databrew', 'sagemaker-processing', 'data-wrangler'], text: 'A preparation job cleans the data' },
  ],
  explanation:
    'Firehose delivers the stream to S3 (≈$73 a month: each 2 KB event is billed as 5 KB) and a nightly batch Glue job (10 DPUs × 30 min × 30 runs = $66) turns a day of files into clean Parquet before the retraining: about $139 for the preparation. A streaming Glue job does the same work continuously, billed every hour of the month (2 DPUs × 730 h = $642.40) for data nobody needs within the hour (glue-streaming-for-batch). A batch Glue job cannot read the stream itself (glue-job-type-mismatch), and an EMR cluster consuming it is a cluster to keep running for a nightly need.',
  options: [
    {
      key: 'A',
      summary: 'Kinesis Data Streams → Firehose → S3 → nightly batch Glue ETL → S3 → training',
      document: design({
        title: 'Firehose and a nightly Glue job',
        nodes: [
          clicks,
          stream,
          dashboard,
          { id: 'fh', service: 'firehose', label: 'To S3', at: [2, 1] },
          lake('raw', [3, 2], 'Raw events'),
          { id: 'etl', service: 'glue-etl', label: 'Clean to Parquet', params: { jobType: 'batch', dpus: 10, hoursPerRun: 0.5, runsPerMonth: 30 }, at: [3, 1] },
          lake('clean', [4, 1], 'Training set'),
          nightlyTraining,
        ],
        flows: ['src>kds>fh>raw>etl>clean>train', 'kds>live'],
      }),
    },
    {
      key: 'B',
      summary: 'Kinesis Data Streams → streaming Glue ETL → S3 → training',
      document: design({
        title: 'Streaming Glue job',
        nodes: [clicks, stream, dashboard, { id: 'etl', service: 'glue-etl', label: 'Clean to Parquet', params: { jobType: 'streaming', dpus: 2 }, at: [3, 1] }, lake('clean', [4, 1], 'Training set'), nightlyTraining],
        flows: ['src>kds>etl>clean>train', 'kds>live'],
      }),
    },
    {
      key: 'C',
      summary: 'Kinesis Data Streams → nightly batch Glue ETL reading the stream → S3 → training',
      document: design({
        title: 'Batch Glue on the stream',
        nodes: [clicks, stream, dashboard, { id: 'etl', service: 'glue-etl', label: 'Clean to Parquet', params: { jobType: 'batch', dpus: 10, hoursPerRun: 0.5, runsPerMonth: 30 }, at: [3, 1] }, lake('clean', [4, 1], 'Training set'), nightlyTraining],
        flows: ['src>kds>etl>clean>train', 'kds>live'],
      }),
    },
    {
      key: 'D',
      summary: 'Kinesis Data Streams → EMR cluster → S3 → training',
      document: design({
        title: 'EMR on the stream',
        nodes: [clicks, stream, dashboard, { id: 'emr', service: 'emr', label: 'Spark clean-up', params: { instanceCount: 3, hoursPerRun: 24, runsPerMonth: 30.4 }, at: [3, 1] }, lake('clean', [4, 1], 'Training set'), nightlyTraining],
        flows: ['src>kds>emr>clean>train', 'kds>live'],
      }),
    },
  ],
};
