import { hoursPerRun, instanceCount, latencyTargetSeconds, runsPerMonth } from './commonParams';
import type { ServiceDefinition } from './types';

const batchParams = [hoursPerRun, runsPerMonth, latencyTargetSeconds] as const;

/** Glue ETL's batch-only fields: a streaming job runs all month and has no runs. */
const whenBatch = { key: 'jobType', equals: 'batch' } as const;

export const glueEtl = {
  id: 'glue-etl',
  name: 'AWS Glue ETL',
  shortName: 'Glue ETL',
  category: 'processing',
  icon: 'AWSGlue.svg',
  accepts: ['objects', 'records', 'tables'],
  emits: ['objects'],
  passThrough: false,
  operationsLevel: 0,
  batch: true,
  facts: {
    scaling: 'Serverless Spark jobs sized in DPUs (2 minimum).',
    management: 'Low: scripts and a schedule, or a streaming job that runs on its own.',
    latency: 'Batch: minutes per run. Streaming ETL: micro-batches every windowSize (100 s by default).',
    costModel: '$0.44 per DPU-hour; a streaming job is billed for every hour it runs, 24×7.',
    examTip: 'Scheduled ETL and the Data Catalog. Streaming ETL reads Kinesis Data Streams or MSK continuously; when the data is needed only daily, a scheduled batch job costs a fraction of it.',
  },
  params: [
    { kind: 'enum', key: 'jobType', label: 'Job type', options: ['batch', 'streaming'], default: 'batch', help: 'batch: runs on a schedule over files. streaming: runs continuously, reading records from Kinesis Data Streams or MSK in micro-batches.' },
    { kind: 'number', key: 'dpus', label: 'DPUs', unit: 'DPUs', default: 10, min: 2, max: 1000, integer: true, help: 'Data Processing Units the job runs on (2 minimum for Spark jobs).' },
    { ...hoursPerRun, shownWhen: whenBatch },
    { ...runsPerMonth, shownWhen: whenBatch },
    { kind: 'number', key: 'windowSeconds', label: 'Window size', unit: 's', default: 100, min: 1, max: 3600, help: 'Streaming only: how often the job processes the records gathered since the last micro-batch (windowSize, 100 s by default).', shownWhen: { key: 'jobType', equals: 'streaming' } },
    latencyTargetSeconds,
  ],
} as const satisfies ServiceDefinition;

export const glueDataBrew = {
  id: 'glue-databrew',
  name: 'AWS Glue DataBrew',
  shortName: 'DataBrew',
  category: 'processing',
  icon: 'AWSGlueDataBrew.svg',
  accepts: ['objects'],
  emits: ['objects'],
  passThrough: false,
  operationsLevel: 0,
  batch: true,
  facts: {
    scaling: 'Managed nodes per job.',
    management: 'Low: visual recipes, no code.',
    latency: 'Batch jobs.',
    costModel: '$0.48 per node-hour for jobs; $1.00 per 30-minute interactive session.',
    examTip: 'Visual data preparation only. DataBrew does not train models.',
  },
  params: [
    { kind: 'number', key: 'nodes', label: 'Nodes', unit: 'nodes', default: 5, min: 1, max: 149, integer: true, help: 'Nodes a job runs on.' },
    ...batchParams,
  ],
} as const satisfies ServiceDefinition;

export const emr = {
  id: 'emr',
  name: 'Amazon EMR',
  shortName: 'EMR',
  category: 'processing',
  icon: 'AmazonEMR.svg',
  accepts: ['objects', 'records', 'tables'],
  emits: ['objects'],
  passThrough: false,
  operationsLevel: 2,
  batch: true,
  facts: {
    scaling: 'Clusters of EC2 instances running Spark, Hive, Presto.',
    management: 'Medium to high: you size and tune clusters.',
    latency: 'Batch (Spark Streaming possible, but the exam treats EMR as batch).',
    costModel: 'EC2 price plus the EMR fee per instance-hour ($0.192 + $0.048 for m5.xlarge).',
    examTip: 'Big Spark/Hadoop jobs and existing Hadoop code; more to manage than Glue.',
  },
  params: [{ ...instanceCount, default: 3, help: 'm5.xlarge instances in the cluster.' }, ...batchParams],
} as const satisfies ServiceDefinition;

export const sagemakerProcessing = {
  id: 'sagemaker-processing',
  name: 'Amazon SageMaker Processing',
  shortName: 'SageMaker Processing',
  category: 'processing',
  icon: 'AmazonSageMaker.svg',
  accepts: ['objects'],
  emits: ['objects'],
  passThrough: false,
  operationsLevel: 1,
  batch: true,
  facts: {
    scaling: 'Managed containers per job.',
    management: 'Low.',
    latency: 'Batch jobs: feature engineering, evaluation.',
    costModel: '$0.23 per ml.m5.xlarge instance-hour.',
    examTip: 'Batch pre- and post-processing for ML. Not a real-time consumer.',
  },
  params: [{ ...instanceCount, help: 'ml.m5.xlarge instances per job.' }, ...batchParams],
} as const satisfies ServiceDefinition;
