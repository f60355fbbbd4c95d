import { design, type NodeSpec } from '../../model/builder';
import type { Params } from '../../model/document';
import type { Scenario } from '../types';
import { producers } from './parts';

const needs = { leastOperationalOverhead: true };
const logs = producers('src', 500, 2000, 'Application logs');
const search: NodeSpec = { id: 'search', service: 'opensearch', label: 'Log search', params: { instances: 2, readsPerSecond: 5 }, at: [3, 1] };

const firehoseTo = (title: string, params: Params) =>
  design({ title, needs, nodes: [logs, { id: 'fh', service: 'firehose', label: 'Log delivery', params: { bufferSeconds: 60, ...params }, at: [1, 1] }, search], flows: ['src>fh>search'] });

export const openSearchBackup: Scenario = {
  id: 'team-opensearch-backup',
  title: 'Searchable logs, every record kept',
  topic: 'Firehose destinations and S3 backup',
  origin: 'team',
  exam: ['MLS-C01 1.1', 'MLS-C01 1.2', 'MLA-C01 1.1'],
  prompt:
    'An operations team sends 500 log records per second (2 KB each) that must be searchable in OpenSearch within a couple of minutes. Auditors also require every raw record to be kept in S3. The team wants the least operational overhead. What should deliver the logs?',
  requirements: ['500 records/s of 2 KB', 'Searchable in OpenSearch within minutes', 'Every raw record kept in S3', 'Least operational overhead'],
  answer: 'A',
  decidingRules: ['firehose-multiple-consumers', 'firehose-destination-mismatch'],
  checks: [{ kind: 'flows', from: ['source'], to: ['opensearch'], text: 'Logs reach OpenSearch' }],
  explanation:
    'One Firehose stream with OpenSearch as its destination and S3 backup set to "all records" does both jobs: the backup bucket is a setting of the stream, not a second consumer. Drawing Firehose to OpenSearch and to S3 asks one stream for two destinations (firehose-multiple-consumers). Format conversion to Parquet only writes to S3 (firehose-destination-mismatch). A stream with a Lambda for OpenSearch and a second Firehose for S3 works, but adds shards to size and a function to run (operations score 2 against 1) and costs more.',
  options: [
    { key: 'A', summary: 'Firehose → OpenSearch, with S3 backup of all records', document: firehoseTo('Firehose with S3 backup', { destination: 'opensearch', s3Backup: 'all' }) },
    {
      key: 'B',
      summary: 'Firehose → OpenSearch and Firehose → S3',
      document: design({
        title: 'Two deliveries from one Firehose',
        needs,
        nodes: [logs, { id: 'fh', service: 'firehose', label: 'Log delivery', params: { bufferSeconds: 60 }, at: [1, 1] }, search, { id: 'audit', service: 's3', label: 'Audit bucket', at: [3, 2] }],
        flows: ['src>fh>search', 'fh>audit'],
      }),
    },
    {
      key: 'C',
      summary: 'Kinesis Data Streams → Lambda → OpenSearch, and the stream → Firehose → S3',
      document: design({
        title: 'Stream with two readers',
        needs,
        nodes: [
          logs,
          { id: 'kds', service: 'kinesis-data-streams', label: 'Logs', params: { shards: 1 }, at: [1, 1] },
          { id: 'fn', service: 'lambda', label: 'Indexer', at: [2, 1] },
          search,
          { id: 'fh', service: 'firehose', label: 'Audit delivery', at: [2, 2] },
          { id: 'audit', service: 's3', label: 'Audit bucket', at: [3, 2] },
        ],
        flows: ['src>kds>fn>search', 'kds>fh>audit'],
      }),
    },
    { key: 'D', summary: 'Firehose → OpenSearch, converting records to Parquet, with S3 backup', document: firehoseTo('Firehose converting to Parquet', { destination: 'opensearch', s3Backup: 'all', formatConversion: 'parquet' }) },
  ],
};
