import { design, type NodeSpec } from '../../model/builder';
import type { Scenario } from '../types';
import { lake, producers } from './parts';

const sales = producers('src', 800, 800, 'Till events');
const ops: NodeSpec = { id: 'ops', service: 'client', label: 'Store-ops dashboard', params: { latencyTargetSeconds: 30 }, at: [6, 1] };
const sql: NodeSpec = { id: 'sql', service: 'athena', label: 'Dashboard queries', params: { readsPerSecond: 0.01, gbScannedPerQuery: 0.5 }, at: [5, 1] };
const glueOption = (title: string, runsPerMonth: number, hoursPerRun: number) =>
  design({
    title,
    nodes: [
      sales,
      { id: 'fh', service: 'firehose', label: 'Sales feed', params: { bufferSeconds: 60 }, at: [1, 1] },
      lake('raw', [2, 1], 'Raw sales'),
      { id: 'job', service: 'glue-etl', label: 'Sales rollup', params: { dpus: 2, runsPerMonth, hoursPerRun }, at: [3, 1] },
      lake('rollup', [4, 1], 'Rollups'),
      sql,
      ops,
    ],
    flows: ['src>fh>raw>job>rollup>sql>ops'],
  });

export const freshnessThroughBatch: Scenario = {
  id: 'team-freshness-through-batch',
  title: 'A 30-second dashboard behind an hourly job',
  topic: 'Data freshness through batch stages',
  origin: 'team',
  exam: ['MLS-C01 1.3', 'MLA-C01 1.2'],
  prompt:
    'A retailer’s store-operations dashboard must show till sales no more than 30 seconds old. Today Firehose lands the events in S3, an AWS Glue job rolls them up every hour, and the dashboard queries the roll-ups with Athena; every event must stay archived in S3. Which change meets the freshness requirement?',
  requirements: ['Dashboard data at most 30 s old', '800 events/s of 800 bytes', 'Every event archived in S3'],
  answer: 'C',
  decidingRules: ['freshness-through-batch', 'firehose-latency'],
  checks: [
    { kind: 'freshWithin', seconds: 30, text: 'Dashboard data within 30 s' },
    { kind: 'flows', from: ['source'], to: ['s3'], text: 'Every event archived in S3' },
  ],
  explanation:
    'A scheduled job only refreshes its output when it runs, so the dashboard sees data up to one period old: 1 h with the hourly Glue job, and still 5 min with a 5-minute schedule (Glue’s shortest), ten times the 30 s target — the Firehose buffer is not what is wrong. Firehose alone cannot do it either: its buffer (60 s at the exam’s minimum) is twice the target. Kinesis Data Streams with a Lambda consumer updating a DynamoDB table keeps the dashboard within seconds, and a Firehose reading the same stream keeps the S3 archive.',
  options: [
    { key: 'A', summary: 'Lower the Firehose buffer to 60 s and keep the hourly Glue job', document: glueOption('Hourly Glue', 730, 0.25) },
    { key: 'B', summary: 'Run the Glue job every 5 minutes', document: glueOption('Glue every 5 minutes', 8760, 0.05) },
    {
      key: 'C',
      summary: 'Kinesis Data Streams → Lambda → DynamoDB for the dashboard, Firehose → S3 from the stream',
      document: design({
        title: 'Stream to the dashboard',
        nodes: [
          sales,
          { id: 'kds', service: 'kinesis-data-streams', label: 'Sales stream', params: { shards: 1 }, at: [1, 1] },
          { id: 'fn', service: 'lambda', label: 'Running totals', params: { latencyTargetSeconds: 30, batchSize: 100, durationMs: 100 }, at: [2, 0] },
          { id: 'table', service: 'dynamodb', label: 'Store totals', params: { latencyTargetMs: 50, readsPerSecond: 20, writesPerSecond: 8, storedGb: 1 }, at: [3, 0] },
          { ...ops, at: [4, 0] },
          { id: 'fh', service: 'firehose', label: 'Archive', params: { bufferSeconds: 300 }, at: [2, 2] },
          lake('raw', [3, 2], 'Raw sales'),
        ],
        flows: ['src>kds>fn>table>ops', 'kds>fh>raw'],
      }),
    },
    {
      key: 'D',
      summary: 'Query the raw Firehose output with Athena, 60 s buffer, no Glue job',
      document: design({
        title: 'Athena on raw data',
        nodes: [sales, { id: 'fh', service: 'firehose', label: 'Sales feed', params: { bufferSeconds: 60 }, at: [1, 1] }, lake('raw', [2, 1], 'Raw sales'), { ...sql, at: [3, 1] }, { ...ops, at: [4, 1] }],
        flows: ['src>fh>raw>sql>ops'],
      }),
    },
  ],
};
