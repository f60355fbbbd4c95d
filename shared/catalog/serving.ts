import { hoursPerRun, instanceCount, latencyTargetMs, runsPerMonth, servingParams, storedGb, writesPerSecond } from './commonParams';
import { HOSTING_INSTANCE_TYPES, INFERENCE_MODES, INFERENCE_MODE_FACTS, inferenceModeOf, type InferenceMode } from './inferenceModes';
import type { ServiceDefinition } from './types';

const SERVED_MODES = ['real-time', 'serverless', 'asynchronous'] as const;
const INSTANCE_MODES = ['real-time', 'batch-transform'] as const;
const SCALED_MODES = ['real-time', 'asynchronous'] as const;
const mode = (equals: InferenceMode | readonly InferenceMode[]) => ({ key: 'inferenceMode', equals }) as const;

export const sagemakerEndpoint = {
  id: 'sagemaker-endpoint',
  name: 'Amazon SageMaker inference (endpoint / Batch Transform)',
  shortName: 'SageMaker Inference',
  category: 'serving',
  icon: 'AmazonSageMaker.svg',
  accepts: ['model', 'queries', 'objects', 'features'],
  kindSources: { objects: ['s3'] },
  emits: ['predictions'],
  passThrough: false,
  operationsLevel: 1,
  operationsLevelFor: (params) => INFERENCE_MODE_FACTS[inferenceModeOf(params)].operationsLevel,
  batch: false,
  typicalLatencyMs: 50,
  facts: {
    scaling: 'Four modes. Real-time: instances behind the endpoint, with auto scaling. Serverless: scales with requests, to zero when idle. Asynchronous: a queue in front of instances that scale to zero. Batch Transform: a job per dataset.',
    management: 'Real-time: choose and scale instances. Serverless, asynchronous and Batch Transform: next to nothing to run.',
    latency: 'Real-time: tens of milliseconds per inference, depending on the model. Serverless: the same when warm, plus a cold start of seconds after idle periods. Asynchronous: queued, minutes. Batch Transform: the length of a job.',
    costModel: 'Real-time and asynchronous: per instance-hour (≈$0.115/h for ml.m5.large, ≈$0.736/h for ml.g4dn.xlarge). Serverless: ≈$0.00002 per GB-second of compute plus ≈$0.016 per GB processed. Batch Transform: per instance-hour of each job.',
    examTip: 'Answers in milliseconds for a waiting caller: real-time (serverless when traffic is intermittent and a cold start is acceptable, never with a GPU). Payloads up to 1 GB or up to an hour of processing: asynchronous. Scoring a whole dataset on a schedule: Batch Transform. Many similar models: one multi-model endpoint.',
  },
  params: [
    {
      kind: 'enum',
      key: 'inferenceMode',
      label: 'Inference mode',
      options: INFERENCE_MODES,
      default: 'real-time',
      help: 'real-time: always on, answers in milliseconds. serverless: scales to zero, cold starts, CPU only. asynchronous: queued, input and output in S3, up to 1 GB and one hour. batch-transform: a job over a dataset in S3, answering no caller.',
    },
    { kind: 'enum', key: 'instanceType', label: 'Instance type', options: HOSTING_INSTANCE_TYPES, default: 'ml.m5.large', help: 'Hosting instance type (g4dn, g5 and p3 have GPUs). Serverless chooses no instance: there it names the hardware the model needs, and a GPU type cannot run serverless.' },
    { ...instanceCount, help: 'Real-time: instances always running (the auto scaling minimum). Batch Transform: instances per job.', shownWhen: mode(INSTANCE_MODES) },
    { kind: 'number', key: 'minInstances', label: 'Min instances', unit: 'instances', default: 0, min: 0, max: 1000, integer: true, help: 'Asynchronous: instances kept running when the queue is empty (0 scales to zero).', shownWhen: mode('asynchronous') },
    { kind: 'number', key: 'maxInstances', label: 'Max instances', unit: 'instances', default: 1, min: 1, max: 1000, integer: true, help: 'Auto scaling ceiling. Real-time: at most the instance count means no auto scaling.', shownWhen: mode(SCALED_MODES) },
    { kind: 'boolean', key: 'multiModel', label: 'Multi-model endpoint', default: false, help: 'Real-time: one endpoint hosts every model on shared instances, loading each from S3 when it is called.', shownWhen: mode('real-time') },
    { kind: 'number', key: 'modelCount', label: 'Models', unit: 'models', default: 1, min: 1, max: 10000, integer: true, help: 'How many models are served. Without a multi-model endpoint each model needs an endpoint of its own.', shownWhen: mode('real-time') },
    { kind: 'number', key: 'memoryMb', label: 'Memory', unit: 'MB', default: 2048, min: 1024, max: 6144, integer: true, help: 'Serverless memory size: AWS accepts 1,024 to 6,144 MB in 1 GB steps; compute is billed per GB-second of it.', shownWhen: mode('serverless') },
    { kind: 'number', key: 'maxConcurrency', label: 'Max concurrency', unit: 'requests', default: 10, min: 1, max: 200, integer: true, help: 'Serverless: the most requests served at once (AWS allows 1 to 200 per endpoint).', shownWhen: mode('serverless') },
    { kind: 'enum', key: 'trafficPattern', label: 'Traffic', options: ['steady', 'spiky', 'intermittent'], default: 'steady', help: 'steady: requests all day. spiky: bursts over a base load. intermittent: idle periods between bursts (serverless’s case).', shownWhen: mode(['real-time', 'serverless']) },
    { kind: 'number', key: 'requestsPerSecond', label: 'Requests', unit: 'requests/s', default: 10, min: 0, max: 10_000_000, help: 'Average inference requests per second over the month.', shownWhen: mode(SERVED_MODES) },
    { kind: 'number', key: 'payloadMb', label: 'Payload', unit: 'MB', default: 0.1, min: 0, max: 100_000, help: 'Size of one request’s input (1 MB = 1,048,576 bytes). Limits: real-time 6 MB, serverless 4 MB, asynchronous 1 GB.', shownWhen: mode(SERVED_MODES) },
    { kind: 'number', key: 'processingSeconds', label: 'Processing time', unit: 's', default: 0.05, min: 0, max: 86_400, help: 'Time the model takes for one request. Limits: real-time and serverless 60 s, asynchronous one hour.', shownWhen: mode(SERVED_MODES) },
    { ...hoursPerRun, help: 'How long one Batch Transform job runs.', shownWhen: mode('batch-transform') },
    { ...runsPerMonth, help: 'Batch Transform jobs per month (daily ≈ 30, weekly ≈ 4.35).', shownWhen: mode('batch-transform') },
    latencyTargetMs,
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
