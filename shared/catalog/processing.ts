import { hoursPerRun, instanceCount, latencyTargetSeconds, runsPerMonth } from './commonParams';
import type { ServiceDefinition } from './types';

const batchParams = [hoursPerRun, runsPerMonth, latencyTargetSeconds] as const;

export const glueEtl = {
  id: 'glue-etl',
  name: 'AWS Glue ETL',
  shortName: 'Glue ETL',
  category: 'processing',
  icon: 'AWSGlue.svg',
  accepts: ['objects'],
  emits: ['objects'],
  passThrough: false,
  operationsLevel: 0,
  batch: true,
  facts: {
    scaling: 'Serverless Spark jobs sized in DPUs.',
    management: 'Low: scripts and a schedule.',
    latency: 'Batch: minutes per run.',
    costModel: '$0.44 per DPU-hour.',
    examTip: 'Scheduled ETL and the Data Catalog. Not a real-time consumer.',
  },
  params: [
    { kind: 'number', key: 'dpus', label: 'DPUs', unit: 'DPUs', default: 10, min: 2, max: 1000, integer: true, help: 'Data Processing Units per run (2 minimum for Spark jobs).' },
    ...batchParams,
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
  accepts: ['objects', 'records'],
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
