import { instanceCount, servingParams, storedGb, writesPerSecond } from './commonParams';
import type { ServiceDefinition } from './types';

const HOSTING_INSTANCE_TYPES = ['ml.c5.large', 'ml.m5.large', 'ml.m5.xlarge'] as const;

export const sagemakerEndpoint = {
  id: 'sagemaker-endpoint',
  name: 'Amazon SageMaker real-time endpoint',
  shortName: 'SageMaker Endpoint',
  category: 'serving',
  icon: 'AmazonSageMaker.svg',
  accepts: ['model', 'queries', 'features'],
  emits: ['predictions'],
  passThrough: false,
  operationsLevel: 1,
  batch: false,
  typicalLatencyMs: 50,
  facts: {
    scaling: 'Instances behind the endpoint, with auto scaling.',
    management: 'Low to medium.',
    latency: 'Tens of milliseconds per inference, depending on the model.',
    costModel: 'Per instance-hour, always on (≈$0.115/h for ml.m5.large).',
    examTip: 'Real-time inference on fresh inputs. For precomputed predictions, a DynamoDB lookup is cheaper and faster.',
  },
  params: [
    { kind: 'enum', key: 'instanceType', label: 'Instance type', options: HOSTING_INSTANCE_TYPES, default: 'ml.m5.large', help: 'Hosting instance type.' },
    instanceCount,
    ...servingParams,
  ],
} as const satisfies ServiceDefinition;

export const dynamodb = {
  id: 'dynamodb',
  name: 'Amazon DynamoDB',
  shortName: 'DynamoDB',
  category: 'serving',
  icon: 'AmazonDynamoDB.svg',
  accepts: ['records', 'predictions', 'queries'],
  emits: ['predictions', 'features'],
  passThrough: false,
  operationsLevel: 0,
  batch: false,
  typicalLatencyMs: 10,
  facts: {
    scaling: 'Serverless key-value store; on-demand capacity scales itself.',
    management: 'None.',
    latency: 'Single-digit milliseconds.',
    costModel: 'On-demand: $0.625 per million write units, $0.125 per million read units (an eventually consistent read of ≤ 4 KB is half a unit), $0.25 per GB-month. Provisioned: ≈$0.00065 per WCU-hour, ≈$0.00013 per RCU-hour.',
    examTip: 'Simple lookups of precomputed predictions: the exam’s default serving store.',
  },
  params: [
    ...servingParams,
    writesPerSecond,
    storedGb,
    { kind: 'enum', key: 'readConsistency', label: 'Read consistency', options: ['eventual', 'strong'], default: 'eventual', help: 'Eventually consistent reads (the default) cost half a read unit per 4 KB; strongly consistent reads cost a whole one.' },
    { kind: 'enum', key: 'capacityMode', label: 'Capacity mode', options: ['on-demand', 'provisioned'], default: 'on-demand', help: 'On-demand: billed per request. Provisioned: billed per read and write capacity unit-hour, sized here to the average rate.' },
    { kind: 'number', key: 'itemSizeKb', label: 'Item size', unit: 'KB', default: 1, min: 0.001, max: 400, help: 'Average item size (1 KB = 1,024 bytes). Reads are billed per 4 KB, writes per 1 KB, each rounded up.' },
  ],
} as const satisfies ServiceDefinition;

export const aurora = {
  id: 'aurora',
  name: 'Amazon Aurora',
  shortName: 'Aurora',
  category: 'serving',
  icon: 'AmazonAurora.svg',
  accepts: ['records', 'predictions', 'queries'],
  emits: ['predictions', 'features'],
  passThrough: false,
  operationsLevel: 1,
  batch: false,
  typicalLatencyMs: 20,
  facts: {
    scaling: 'Provisioned DB instances with up to 15 read replicas.',
    management: 'Medium.',
    latency: '~10–20 ms for indexed lookups.',
    costModel: '$0.26 per db.r6g.large hour, $0.20 per million I/O, $0.10 per GB-month.',
    examTip: 'Relational queries and joins. For simple key lookups DynamoDB is cheaper and serverless.',
  },
  params: [{ ...instanceCount, help: 'db.r6g.large instances (writer plus readers).' }, ...servingParams, writesPerSecond, storedGb],
} as const satisfies ServiceDefinition;

export const elasticache = {
  id: 'elasticache',
  name: 'Amazon ElastiCache',
  shortName: 'ElastiCache',
  category: 'serving',
  icon: 'AmazonElastiCache.svg',
  accepts: ['records', 'predictions', 'queries'],
  emits: ['predictions', 'features'],
  passThrough: false,
  operationsLevel: 1,
  batch: false,
  typicalLatencyMs: 0.5,
  facts: {
    scaling: 'Provisioned cache nodes.',
    management: 'Medium.',
    latency: 'Under a millisecond.',
    costModel: '$0.206 per cache.r6g.large node-hour (Redis OSS), $0.1648 (Valkey).',
    examTip: 'Only when single-digit milliseconds are not enough; otherwise DynamoDB.',
  },
  params: [
    { kind: 'enum', key: 'engine', label: 'Engine', options: ['redis', 'valkey'], default: 'redis', help: 'Redis OSS or Valkey (cheaper).' },
    { ...instanceCount, key: 'nodes', label: 'Nodes', help: 'cache.r6g.large nodes.' },
    ...servingParams,
  ],
} as const satisfies ServiceDefinition;

export const apiGateway = {
  id: 'api-gateway',
  name: 'Amazon API Gateway',
  shortName: 'API Gateway',
  category: 'serving',
  icon: 'AmazonAPIGateway.svg',
  accepts: ['predictions', 'queries', 'records'],
  emits: ['predictions', 'queries', 'records'],
  passThrough: false,
  operationsLevel: 0,
  batch: false,
  facts: {
    scaling: 'Managed API front door.',
    management: 'Low.',
    latency: 'Adds a few milliseconds; the store behind it decides the rest.',
    costModel: '$3.50 per million REST requests, $1.00 per million HTTP API requests.',
    examTip: 'Fronts Lambda, an endpoint or a store for "serve predictions via an API".',
  },
  params: [
    { kind: 'enum', key: 'apiType', label: 'API type', options: ['rest', 'http'], default: 'rest', help: 'REST API or the cheaper HTTP API.' },
    ...servingParams,
  ],
} as const satisfies ServiceDefinition;
