import { design, type NodeSpec } from '../../model/builder';
import type { Scenario } from '../types';
import { lake, producers } from './parts';

const transactions = producers('src', 1000, 1200, 'Card transactions');
const stream: NodeSpec = { id: 'kds', service: 'kinesis-data-streams', label: 'Transactions', params: { shards: 2 }, at: [1, 1] };
const archive: NodeSpec[] = [{ id: 'fh', service: 'firehose', label: 'Archive', at: [2, 2] }, lake('lake', [3, 2], 'Transaction archive')];
const features: NodeSpec = { id: 'store', service: 'dynamodb', label: 'Risk features', params: { latencyTargetMs: 20, readsPerSecond: 500, writesPerSecond: 1000, storedGb: 10 }, at: [3, 0] };
const fresh = { latencyTargetSeconds: 10 };

export const batchVsRealTime: Scenario = {
  id: 'team-batch-vs-real-time',
  title: 'Risk features within ten seconds',
  topic: 'Batch jobs cannot serve real time',
  origin: 'team',
  exam: ['MLS-C01 1.2', 'MLS-C01 1.3', 'MLA-C01 1.1', 'MLA-C01 1.2'],
  prompt:
    'A card issuer computes per-card risk features (spend in the last minute, merchant novelty) that the authorisation service reads. Features must reflect a transaction within 10 seconds. Transactions already flow through Kinesis Data Streams, which also feeds an archive. What should compute the features?',
  requirements: ['Features fresh within 10 s', '1,000 transactions/s', 'The stream also feeds an S3 archive'],
  answer: 'C',
  decidingRules: ['batch-for-real-time', 'firehose-latency'],
  checks: [
    { kind: 'freshWithin', seconds: 10, text: 'Features within 10 s' },
    { kind: 'flows', from: ['source'], to: ['dynamodb', 'elasticache'], text: 'Features land in a serving store' },
    { kind: 'flows', from: ['source'], to: ['s3'], text: 'Transactions archived to S3' },
  ],
  explanation:
    'Glue ETL, EMR and SageMaker Processing run batch jobs on a schedule, each run taking minutes or more, so none can deliver within 10 s. A stream consumer can: Lambda reading the stream updates the features in seconds. (Managed Service for Apache Flink would also work, at a higher fixed cost.)',
  options: [
    {
      key: 'A',
      summary: 'Glue ETL job every 15 minutes over the archive',
      document: design({ title: 'Glue ETL', nodes: [transactions, stream, ...archive, { id: 'job', service: 'glue-etl', label: 'Feature job', params: { ...fresh, dpus: 2, hoursPerRun: 0.1, runsPerMonth: 2920 }, at: [4, 2] }, { ...features, at: [5, 2] }, { id: 'fn', service: 'lambda', label: 'Alerts', at: [2, 0] }], flows: ['src>kds>fh>lake>job', 'kds>fn>store'] }),
    },
    {
      key: 'B',
      summary: 'EMR cluster running Spark batches',
      document: design({ title: 'EMR', nodes: [transactions, stream, ...archive, { id: 'job', service: 'emr', label: 'Spark features', params: { ...fresh, instanceCount: 3, hoursPerRun: 0.25, runsPerMonth: 2920 }, at: [2, 0] }, lake('out', [3, 0], 'Feature files')], flows: ['src>kds>job>out', 'kds>fh>lake'] }),
    },
    {
      key: 'C',
      summary: 'Lambda consuming the stream, writing to DynamoDB',
      document: design({ title: 'Lambda on the stream', nodes: [transactions, stream, ...archive, { id: 'fn', service: 'lambda', label: 'Feature updater', params: { ...fresh, batchSize: 200, durationMs: 150 }, at: [2, 0] }, features], flows: ['src>kds>fn>store', 'kds>fh>lake'] }),
    },
    {
      key: 'D',
      summary: 'SageMaker Processing job triggered on each archive batch',
      document: design({ title: 'SageMaker Processing', nodes: [transactions, stream, ...archive, { id: 'job', service: 'sagemaker-processing', label: 'Feature job', params: { ...fresh, hoursPerRun: 0.2, runsPerMonth: 8760 }, at: [4, 2] }, lake('out', [5, 2], 'Feature files'), { id: 'fn', service: 'lambda', label: 'Alerts', at: [2, 0] }], flows: ['src>kds>fh>lake>job>out', 'kds>fn'] }),
    },
  ],
};
