import { design, type NodeSpec } from '../../model/builder';
import type { Scenario } from '../types';

const needs = { leastOperationalOverhead: true };
const clicks: NodeSpec = { id: 'src', service: 'source', label: 'Clickstream (JSON)', params: { rateMode: 'volume', gbPerHour: 1 }, at: [0, 1] };
const analysts: NodeSpec = { id: 'sql', service: 'athena', label: 'Analyst queries', params: { readsPerSecond: 0.001, gbScannedPerQuery: 5 }, at: [4, 1] };
const nightly = { hoursPerRun: 1, runsPerMonth: 30 };

/** JSON lands in S3 through Firehose, then a nightly job of `converter` rewrites it as Parquet for Athena. */
const nightlyJob = (title: string, converter: NodeSpec) =>
  design({
    title,
    needs,
    nodes: [
      clicks,
      { id: 'fh', service: 'firehose', label: 'Click delivery', at: [1, 1] },
      { id: 'raw', service: 's3', label: 'Raw JSON', at: [2, 1] },
      { ...converter, at: [3, 0] },
      { id: 'curated', service: 's3', label: 'Parquet lake', at: [3, 1] },
      { ...analysts, at: [4, 1] },
    ],
    flows: [`src>fh>raw>${converter.id}>curated>sql`],
  });

export const leastOperations: Scenario = {
  id: 'team-least-operations',
  title: 'Parquet for the analysts, nothing to run',
  topic: 'Least operational overhead',
  origin: 'team',
  exam: ['MLS-C01 1.2', 'MLS-C01 1.3', 'MLA-C01 1.1', 'MLA-C01 1.2'],
  prompt:
    'A retailer streams about 1 GB of clickstream JSON per hour. Analysts query it with Athena and want it stored as Parquet to cut the data scanned. The team has no one to look after clusters or servers: the solution must have the least operational overhead. Which design fits?',
  requirements: ['1 GB/hour of JSON events', 'Stored in S3 as Parquet for Athena', 'Least operational overhead'],
  answer: 'A',
  decidingRules: ['kds-single-consumer'],
  checks: [
    { kind: 'flows', from: ['source'], to: ['s3'], text: 'Events land in S3' },
    { kind: 'flows', from: ['s3'], to: ['athena'], text: 'Athena queries the lake' },
  ],
  explanation:
    'Firehose converts JSON records to Parquet as it delivers them (≈$0.018 per GB: 730 GB ≈ $13.14 a month), with nothing to size, patch or schedule: operations score 0. A nightly SageMaker Processing job is a few dollars cheaper (30 one-hour runs on ml.m5.xlarge ≈ $6.90), but it is a job to build, schedule and size (score 1); an EMR cluster is a cluster to size and tune (score 2). When the question asks for the least operational overhead, that decides before price. A stream with one Lambda consumer that writes files is Firehose’s job done by hand (kds-single-consumer).',
  options: [
    {
      key: 'A',
      summary: 'Firehose with record format conversion to Parquet → S3 → Athena',
      document: design({
        title: 'Firehose converts to Parquet',
        needs,
        nodes: [clicks, { id: 'fh', service: 'firehose', label: 'Click delivery', params: { formatConversion: 'parquet', destination: 's3' }, at: [1, 1] }, { id: 'curated', service: 's3', label: 'Parquet lake', at: [2, 1] }, { ...analysts, at: [3, 1] }],
        flows: ['src>fh>curated>sql'],
      }),
    },
    { key: 'B', summary: 'Firehose → S3 (JSON) → nightly SageMaker Processing job → S3 (Parquet) → Athena', document: nightlyJob('Nightly Processing job', { id: 'job', service: 'sagemaker-processing', label: 'To Parquet', params: { instanceCount: 1, ...nightly } }) },
    {
      key: 'C',
      summary: 'Kinesis Data Streams → Lambda writing Parquet → S3 → Athena',
      document: design({
        title: 'Stream and a converting Lambda',
        needs,
        nodes: [clicks, { id: 'kds', service: 'kinesis-data-streams', label: 'Clicks', at: [1, 1] }, { id: 'fn', service: 'lambda', label: 'To Parquet', at: [2, 1] }, { id: 'curated', service: 's3', label: 'Parquet lake', at: [3, 1] }, { ...analysts, at: [4, 1] }],
        flows: ['src>kds>fn>curated>sql'],
      }),
    },
    { key: 'D', summary: 'Firehose → S3 (JSON) → nightly EMR Spark job → S3 (Parquet) → Athena', document: nightlyJob('Nightly EMR job', { id: 'job', service: 'emr', label: 'Spark to Parquet', params: { instanceCount: 3, ...nightly } }) },
  ],
};
