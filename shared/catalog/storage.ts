import { latencyTargetMs, readsPerSecond, servingParams, storedGb, writesPerSecond } from './commonParams';
import type { ServiceDefinition } from './types';

export const s3 = {
  id: 's3',
  name: 'Amazon S3',
  shortName: 'S3',
  category: 'storage',
  icon: 'AmazonSimpleStorageService.svg',
  accepts: ['objects', 'model', 'predictions'],
  emits: ['objects', 'features'],
  passThrough: false,
  operationsLevel: 0,
  batch: false,
  typicalLatencyMs: 100,
  facts: {
    scaling: 'Unlimited object storage.',
    management: 'None.',
    latency: '~100 ms to first byte: a data lake, not an online serving store.',
    costModel: '$0.023 per GB-month (Standard), $0.005 per 1,000 PUTs, $0.0004 per 1,000 GETs.',
    examTip: 'The training input channel and data lake. Query it with Athena; serve lookups from DynamoDB.',
  },
  params: [
    { ...storedGb, default: 100, optional: true, help: 'Average data kept. Leave empty to assume one month of what flows in.' },
    latencyTargetMs,
    { ...readsPerSecond, default: 0, help: 'Object GETs per second served straight from S3.' },
    { ...writesPerSecond, default: 0, help: 'Object PUTs per second written by producers other than Firehose.' },
  ],
} as const satisfies ServiceDefinition;

export const athena = {
  id: 'athena',
  name: 'Amazon Athena',
  shortName: 'Athena',
  category: 'serving',
  icon: 'AmazonAthena.svg',
  accepts: ['objects', 'tables'],
  emits: ['predictions', 'features'],
  passThrough: false,
  operationsLevel: 0,
  batch: false,
  typicalLatencyMs: 2000,
  facts: {
    scaling: 'Serverless SQL over S3.',
    management: 'None.',
    latency: 'Seconds per query: analytics, not online serving.',
    costModel: '$5.00 per TB scanned.',
    examTip: 'Ad-hoc SQL on the data lake, over the tables of the Glue Data Catalog (a crawler defines them). Never the answer for millisecond lookups.',
  },
  params: [
    latencyTargetMs,
    { ...readsPerSecond, default: 0.01, help: 'Queries per second.' },
    { kind: 'number', key: 'gbScannedPerQuery', label: 'Scanned per query', unit: 'GB', default: 1, min: 0, max: 1_000_000, help: 'Data each query scans (partitioning and columnar formats cut it).' },
  ],
} as const satisfies ServiceDefinition;

export const redshift = {
  id: 'redshift',
  name: 'Amazon Redshift',
  shortName: 'Redshift',
  category: 'serving',
  icon: 'AmazonRedshift.svg',
  accepts: ['objects', 'records', 'predictions'],
  emits: ['predictions'],
  passThrough: false,
  operationsLevel: 1,
  batch: false,
  typicalLatencyMs: 1000,
  facts: {
    scaling: 'Provisioned RA3 nodes (or Serverless).',
    management: 'Medium.',
    latency: '~1 s per query: a warehouse for analytics.',
    costModel: '≈$1.086 per ra3.xlplus node-hour.',
    examTip: 'Warehouse analytics and BI, a Firehose destination. Not a low-latency serving store.',
  },
  params: [
    { kind: 'number', key: 'nodes', label: 'Nodes', unit: 'nodes', default: 2, min: 1, max: 128, integer: true, help: 'ra3.xlplus nodes.' },
    ...servingParams,
  ],
} as const satisfies ServiceDefinition;

export const opensearch = {
  id: 'opensearch',
  name: 'Amazon OpenSearch Service',
  shortName: 'OpenSearch',
  category: 'serving',
  icon: 'AmazonOpenSearchService.svg',
  accepts: ['objects', 'records', 'predictions'],
  emits: ['predictions'],
  passThrough: false,
  operationsLevel: 1,
  batch: false,
  typicalLatencyMs: 50,
  facts: {
    scaling: 'Provisioned data nodes.',
    management: 'Medium.',
    latency: '~50 ms for searches.',
    costModel: '≈$0.167 per r6g.large.search instance-hour.',
    examTip: 'Full-text search, log analytics and vector search; a Firehose destination.',
  },
  params: [
    { kind: 'number', key: 'instances', label: 'Data nodes', unit: 'instances', default: 2, min: 1, max: 200, integer: true, help: 'r6g.large.search data nodes.' },
    ...servingParams,
  ],
} as const satisfies ServiceDefinition;
