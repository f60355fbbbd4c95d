import { design } from '../../model/builder';
import type { Params } from '../../model/document';
import type { Scenario } from '../types';

const needs = { budgetPerMonth: 500 };
const hospitals = { id: 'src', service: 'source' as const, label: '500 hospitals', params: { rateMode: 'volume', gbPerHour: 2 } };
const weeklyTraining = (purchase: 'spot' | 'on-demand'): Params => ({
  purchase,
  instanceType: 'ml.p3.2xlarge',
  instanceCount: 1,
  durationHours: 6,
  runsPerMonth: 4.35,
  deadlineHours: 72,
  critical: false,
  checkpointing: true,
  ...(purchase === 'spot' ? { maxWaitHours: 72 } : {}),
});
const apiLookups = { latencyTargetMs: 50, readsPerSecond: 20 };

export const seedQ1: Scenario = {
  id: 'seed-q1',
  title: 'Readmission risk on a startup budget',
  topic: 'Firehose vs streams vs MSK; Spot training; serving store',
  origin: 'study-notes',
  exam: ['MLS-C01 1.2', 'MLS-C01 3.3', 'MLS-C01 4.2', 'MLA-C01 1.1', 'MLA-C01 2.2', 'MLA-C01 4.2'],
  prompt:
    'A healthcare analytics startup predicts patient readmission risk. 500 hospitals send about 2 GB of records per hour. The model retrains weekly in a 6-hour job, and the weekly report leaves a 3-day window for it. Predictions are served through an API in under 50 ms, and every dollar counts. Which pipeline is the most cost-effective?',
  requirements: ['Ingest 2 GB/hour from 500 hospitals', 'Weekly 6-hour training, 3-day window', 'Serve predictions via API under 50 ms', 'Budget-conscious (≤ $500/month here)'],
  answer: 'C',
  decidingRules: ['msk-without-kafka-need', 'kds-single-consumer', 'budget-exceeded'],
  checks: [
    { kind: 'flows', from: ['source'], to: ['s3'], text: 'Hospital data lands in S3' },
    { kind: 'flows', from: ['s3'], to: ['sagemaker-training'], text: 'A training job reads it' },
    { kind: 'servesWithin', ms: 50, text: 'Predictions served under 50 ms' },
  ],
  explanation:
    'C meets every need with no warnings and the lowest bill: one destination (S3) is Firehose’s case (2 GB/h × 730 h = 1,460 GB × $0.029 = $42.34), a 72 h window over a 6 h job is a 12x buffer so Spot is safe, and DynamoDB answers in ~10 ms. A pays for MSK and Kafka Streams with no Kafka need (≈10x the cost, over budget). B is actually a few dollars cheaper for ingestion (one shard, PUT units and a forwarding Lambda ≈ $35 vs $42.34) — it loses on the decision tree: one consumer and no replay means Firehose, with nothing to size or run. D has no errors but pays for Glue, On-Demand training and an ElastiCache cluster it does not need. The notes’ "Spot saves $480/month" only holds on a ≈$28/h instance; on ml.p3.2xlarge the weekly saving is ≈$70/month.',
  options: [
    {
      key: 'A',
      summary: 'MSK → Kafka Streams → S3 → SageMaker On-Demand → Aurora',
      document: design({
        title: 'Q1 A: MSK → Kafka Streams → S3 → On-Demand → Aurora',
        needs,
        nodes: [
          hospitals,
          { id: 'msk', service: 'msk', params: { brokers: 3, brokerType: 'kafka.m5.large', storageGbPerBroker: 1000 } },
          { id: 'ks', service: 'kafka-streams', params: { instances: 2 } },
          { id: 's3', service: 's3', label: 'Training data' },
          { id: 'train', service: 'sagemaker-training', label: 'Weekly training', params: weeklyTraining('on-demand') },
          { id: 'serve', service: 'aurora', label: 'Risk scores', params: { ...apiLookups, writesPerSecond: 1, storedGb: 5 } },
        ],
        flows: ['src>msk>ks>s3>train>serve'],
      }),
    },
    {
      key: 'B',
      summary: 'Kinesis Data Streams → Lambda → S3 → Spot Training → DynamoDB',
      document: design({
        title: 'Q1 B: Data Streams → Lambda → S3 → Spot → DynamoDB',
        needs,
        nodes: [
          hospitals,
          { id: 'kds', service: 'kinesis-data-streams', params: { shards: 1 } },
          { id: 'fwd', service: 'lambda', label: 'Forward to S3', params: { memoryMb: 1024, durationMs: 400, batchSize: 100 } },
          { id: 's3', service: 's3', label: 'Training data' },
          { id: 'train', service: 'sagemaker-training', label: 'Weekly training', params: weeklyTraining('spot') },
          { id: 'serve', service: 'dynamodb', label: 'Risk scores', params: { ...apiLookups, writesPerSecond: 1, storedGb: 5 } },
        ],
        flows: ['src>kds>fwd>s3>train>serve'],
      }),
    },
    {
      key: 'C',
      summary: 'Firehose → S3 → Spot Training → DynamoDB',
      document: design({
        title: 'Q1 C: Firehose → S3 → Spot Training → DynamoDB',
        needs,
        nodes: [
          hospitals,
          { id: 'fh', service: 'firehose', label: 'Hospital feed', params: { bufferSeconds: 300 } },
          { id: 's3', service: 's3', label: 'Training data' },
          { id: 'train', service: 'sagemaker-training', label: 'Weekly training', params: weeklyTraining('spot') },
          { id: 'serve', service: 'dynamodb', label: 'Risk scores', params: { ...apiLookups, writesPerSecond: 1, storedGb: 5 } },
        ],
        flows: ['src>fh>s3>train>serve'],
      }),
    },
    {
      key: 'D',
      summary: 'Direct S3 → Glue ETL → On-Demand → ElastiCache',
      document: design({
        title: 'Q1 D: S3 → Glue ETL → On-Demand → ElastiCache',
        needs,
        nodes: [
          hospitals,
          { id: 's3', service: 's3', label: 'Hospital uploads' },
          { id: 'glue', service: 'glue-etl', label: 'Nightly ETL', params: { dpus: 10, hoursPerRun: 0.5, runsPerMonth: 30 } },
          { id: 'train', service: 'sagemaker-training', label: 'Weekly training', params: weeklyTraining('on-demand') },
          { id: 'serve', service: 'elasticache', label: 'Risk scores', params: { ...apiLookups, nodes: 1 } },
        ],
        flows: ['src>s3>glue>train>serve'],
      }),
    },
  ],
};
