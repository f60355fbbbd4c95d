import { readsPerSecond, storedGb, writesPerSecond } from './commonParams';
import type { ServiceDefinition } from './types';

/**
 * Where a training job reads its data besides S3: the two file systems SageMaker can mount as a training
 * channel (Amazon SageMaker developer guide, "Setting up training jobs to access datasets", read 2026-12),
 * and the Feature Store that serves the same features online and keeps their history offline.
 */

export const fsxLustre = {
  id: 'fsx-lustre',
  name: 'Amazon FSx for Lustre',
  shortName: 'FSx for Lustre',
  category: 'storage',
  icon: 'AmazonFSxforLustre.svg',
  accepts: ['objects'],
  emits: ['files'],
  passThrough: false,
  operationsLevel: 1,
  batch: false,
  facts: {
    scaling: 'A provisioned parallel file system: 1,200 GB, then steps of 2,400 GB; throughput grows with capacity (hundreds of GB/s).',
    management: 'Low: you choose capacity and the deployment type; it can be linked to an S3 bucket and load objects lazily.',
    latency: 'Sub-millisecond file reads; a training job mounts it and starts without downloading anything.',
    costModel: 'Per GB-month of provisioned capacity: ≈$0.140 (Scratch 2), ≈$0.145 (Persistent SSD, 125 MB/s per TiB).',
    examTip: 'Repeated training on the same large data set, or many small files: link FSx for Lustre to the S3 bucket and mount it in every job instead of downloading in File mode each time.',
  },
  params: [
    { kind: 'number', key: 'capacityGb', label: 'Storage capacity', unit: 'GB', default: 1200, min: 1200, max: 10_000_000, help: 'Provisioned capacity. FSx for Lustre (SSD) provisions 1,200 GB and then steps of 2,400 GB; the bill is for what is provisioned.' },
    { kind: 'enum', key: 'deployment', label: 'Deployment type', options: ['scratch-2', 'persistent-125'], default: 'scratch-2', help: 'Scratch 2: temporary, not replicated, cheapest. Persistent (SSD, 125 MB/s per TiB): replicated within its Availability Zone, for data kept between jobs.' },
  ],
} as const satisfies ServiceDefinition;

export const efs = {
  id: 'efs',
  name: 'Amazon Elastic File System',
  shortName: 'EFS',
  category: 'storage',
  icon: 'AmazonEFS.svg',
  accepts: ['objects'],
  emits: ['files'],
  passThrough: false,
  operationsLevel: 1,
  batch: false,
  facts: {
    scaling: 'An elastic NFS file system: grows and shrinks with the files, shared by many instances.',
    management: 'Low: no capacity to provision; you choose the throughput mode.',
    latency: 'Low-millisecond file operations; a training job mounts it and starts without a download.',
    costModel: '$0.30 per GB-month (Standard); Elastic throughput adds ≈$0.03 per GB read.',
    examTip: 'Train from EFS when the data already lives there (a notebook, labelling or pre-processing app wrote it). Do not copy S3 data to EFS just to train: FastFile mode or FSx for Lustre is the answer for speed.',
  },
  params: [
    { ...storedGb, default: 100, help: 'Average amount of data on the file system over the month.' },
    { kind: 'enum', key: 'throughputMode', label: 'Throughput mode', options: ['elastic', 'bursting'], default: 'elastic', help: 'Elastic (the default): billed per GB read and written. Bursting: throughput grows with the data stored, no transfer charge.' },
    { kind: 'number', key: 'gbReadPerMonth', label: 'Data read', unit: 'GB/month', default: 0, min: 0, max: 100_000_000, help: 'Data read from the file system in a month (every training run reads its data set).', shownWhen: { key: 'throughputMode', equals: 'elastic' } },
  ],
} as const satisfies ServiceDefinition;

export const sagemakerFeatureStore = {
  id: 'sagemaker-feature-store',
  name: 'Amazon SageMaker Feature Store',
  shortName: 'Feature Store',
  category: 'storage',
  icon: 'neutral:feature-store',
  accepts: ['records', 'objects'],
  emits: ['features'],
  passThrough: false,
  operationsLevel: 0,
  batch: false,
  facts: {
    scaling: 'Serverless feature groups; on-demand throughput scales with the requests.',
    management: 'None: no capacity to size in on-demand mode.',
    latency: 'Online store: single-digit milliseconds per record. Offline store: Parquet files in S3, queried in seconds through Athena.',
    costModel: 'Online: ≈$1.25 per million write units (1 KB), ≈$0.25 per million read units (4 KB), ≈$0.45 per GB-month. Offline: S3 storage ($0.023 per GB-month) and the Glue Data Catalog.',
    examTip: 'One definition of each feature for training (offline store, point-in-time history) and serving (online store, latest value in milliseconds) avoids training/serving skew. Batch training alone needs only the offline store.',
  },
  params: [
    { kind: 'boolean', key: 'onlineStore', label: 'Online store', default: true, help: 'Keeps the latest record of each id for real-time lookups in single-digit milliseconds.' },
    { kind: 'boolean', key: 'offlineStore', label: 'Offline store', default: true, help: 'Keeps every version of every record in S3 (with a Glue catalog table) for training and batch inference.' },
    { ...writesPerSecond, help: 'Records written per second (PutRecord), each up to 1 KB: one write unit.' },
    { ...readsPerSecond, help: 'Online lookups per second (GetRecord), each up to 4 KB: one read unit.' },
    { ...storedGb, help: 'Feature data kept: the online store holds it in its own storage, the offline store in S3.' },
  ],
} as const satisfies ServiceDefinition;
