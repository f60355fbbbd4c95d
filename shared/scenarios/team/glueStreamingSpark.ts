import { design, type NodeSpec } from '../../model/builder';
import type { Scenario } from '../types';
import { lake, producers } from './parts';

const needs = { leastOperationalOverhead: true };
const meters = producers('src', 500, 1000, 'Smart meters');
const stream: NodeSpec = { id: 'kds', service: 'kinesis-data-streams', label: 'Meter readings', params: { shards: 1 }, at: [1, 1] };
const alerts: NodeSpec = { id: 'alert', service: 'lambda', label: 'Outage alerts', params: { batchSize: 100 }, at: [2, 0] };
const ops: NodeSpec = { id: 'ops', service: 'client', label: 'Grid operators', params: { latencyTargetSeconds: 300 }, at: [5, 1] };
const dashboard: NodeSpec = { id: 'sql', service: 'athena', label: 'Load dashboard', params: { readsPerSecond: 0.01, gbScannedPerQuery: 0.5 }, at: [4, 1] };

/** Stream → `job` → S3 → Athena → operators, with the alerting Lambda on the stream too. */
const option = (title: string, job: NodeSpec) =>
  design({ title, needs, nodes: [meters, stream, alerts, { ...job, at: [2, 1] }, lake('agg', [3, 1], 'Aggregates (Parquet)'), dashboard, ops], flows: [`src>kds>${job.id}>agg>sql>ops`, 'kds>alert'] });

export const glueStreamingSpark: Scenario = {
  id: 'team-glue-streaming-spark',
  title: 'Spark code on a stream, minutes fresh',
  topic: 'Glue streaming or batch ETL',
  origin: 'team',
  prompt:
    'A utility’s smart-meter readings flow through Kinesis Data Streams. The data team has PySpark code that aggregates readings per feeder; grid operators want those aggregates on a dashboard no more than 5 minutes behind. The team does not want to manage clusters and would rather not rewrite the Spark code. What runs the aggregation?',
  requirements: ['Readings already in Kinesis Data Streams', 'Existing PySpark code', 'Dashboard at most 5 minutes behind', 'Least operational overhead'],
  answer: 'A',
  decidingRules: ['freshness-through-batch', 'glue-job-type-mismatch'],
  exam: ['MLS-C01 1.3', 'MLA-C01 1.2'],
  checks: [
    { kind: 'freshWithin', seconds: 300, text: 'Aggregates within 5 minutes' },
    { kind: 'flows', from: ['kinesis-data-streams'], to: ['athena'], text: 'The aggregates reach the dashboard' },
  ],
  explanation:
    'A streaming Glue job runs the PySpark code on the stream itself, in micro-batches every 60 s, so the dashboard is about a minute behind, and the job adds nothing to size or patch (operations level 0; the design scores 1, for the stream’s shard). A batch Glue job every 15 minutes cannot meet 5 minutes: data that arrives just after a run waits for the next one (freshness-through-batch), and a batch job cannot read the stream at all (glue-job-type-mismatch). An EMR cluster running Spark on a schedule has the same problem plus a cluster to run. Managed Service for Apache Flink is fresh enough, but the code would have to be rewritten and its KPUs sized (level 1, so the design scores 2).',
  options: [
    { key: 'A', summary: 'Kinesis Data Streams → streaming Glue ETL (60 s window) → S3 → Athena', document: option('Streaming Glue job', { id: 'etl', service: 'glue-etl', label: 'Feeder aggregates', params: { jobType: 'streaming', dpus: 2, windowSeconds: 60 } }) },
    { key: 'B', summary: 'Kinesis Data Streams → batch Glue ETL every 15 minutes → S3 → Athena', document: option('Glue job every 15 minutes', { id: 'etl', service: 'glue-etl', label: 'Feeder aggregates', params: { jobType: 'batch', dpus: 2, hoursPerRun: 0.1, runsPerMonth: 2920 } }) },
    { key: 'C', summary: 'Kinesis Data Streams → Managed Service for Apache Flink (code rewritten) → S3 → Athena', document: option('Flink application', { id: 'flink', service: 'managed-flink', label: 'Feeder aggregates' }) },
    { key: 'D', summary: 'Kinesis Data Streams → EMR Spark job every 15 minutes → S3 → Athena', document: option('EMR every 15 minutes', { id: 'emr', service: 'emr', label: 'Feeder aggregates', params: { instanceCount: 3, hoursPerRun: 0.1, runsPerMonth: 2920 } }) },
  ],
};
