import { instanceCount, runsPerMonth } from './commonParams';
import type { ServiceDefinition } from './types';

/**
 * The catalog carries no relative training speed for these: AWS publishes each type's vCPUs, GPUs and memory,
 * not a training throughput, and how much a job gains from more or larger instances depends on the model and on
 * how well it scales. So no rule promises a speed-up (deadline-impossible offers no one-step fix).
 */
const TRAINING_INSTANCE_TYPES = ['ml.m5.xlarge', 'ml.g4dn.xlarge', 'ml.p3.2xlarge', 'ml.p3.16xlarge'] as const;

export const sagemakerTraining = {
  id: 'sagemaker-training',
  name: 'Amazon SageMaker Training',
  shortName: 'SageMaker Training',
  category: 'training',
  icon: 'AmazonSageMakerAI.svg',
  accepts: ['objects', 'files', 'features'],
  emits: ['model', 'predictions'],
  passThrough: false,
  operationsLevel: 1,
  batch: true,
  facts: {
    scaling: 'Managed training clusters per job.',
    management: 'Low: containers, channels, checkpoints in S3.',
    latency: 'Batch: a job runs for minutes to days.',
    costModel: 'Per instance-hour; Managed Spot Training is 70–90% cheaper but can be interrupted.',
    examTip: 'Input: File mode (the default) downloads the whole data set before training starts; FastFile streams S3 objects on demand, Pipe streams records (RecordIO-protobuf, CSV); FSx for Lustre or EFS are mounted. Spot for flexible work that checkpoints: safe above 4× the training time, and from 2× when missing the deadline does not hurt the business; max_wait between 1.5× the training time and the deadline. On-Demand for critical work under 3× or under 4 h, and for jobs under 30 min. No purchase option rescues a run longer than its deadline.',
  },
  params: [
    { kind: 'enum', key: 'purchase', label: 'Purchase option', options: ['on-demand', 'spot'], default: 'on-demand', help: 'On-Demand capacity, or Managed Spot Training (cheaper, interruptible).' },
    { kind: 'enum', key: 'instanceType', label: 'Instance type', options: TRAINING_INSTANCE_TYPES, default: 'ml.m5.xlarge', help: 'Training instance type.' },
    instanceCount,
    { kind: 'number', key: 'durationHours', label: 'Training time', unit: 'h', default: 1, min: 0.01, max: 720, help: 'How long one training run takes on its instances, without interruptions (wall time).' },
    { ...runsPerMonth, default: 4.35, help: 'Training runs per month (weekly ≈ 4.35, daily ≈ 30, every 6 h ≈ 121.7).' },
    { kind: 'number', key: 'deadlineHours', label: 'Deadline', unit: 'h', default: 24, min: 0.01, max: 8760, help: 'Time from the start of a run until its model must be ready.' },
    { kind: 'boolean', key: 'critical', label: 'Business-critical', default: false, help: 'Missing the deadline hurts the business (fraud, compliance, emergencies).' },
    { kind: 'boolean', key: 'checkpointing', label: 'Checkpointing', default: true, help: 'The job saves checkpoints to S3 and resumes from them after an interruption.' },
    { kind: 'enum', key: 'inputMode', label: 'Input mode', options: ['file', 'fast-file', 'pipe'], default: 'file', help: 'File: the whole data set is downloaded before training starts. FastFile: S3 objects are streamed as they are read. Pipe: records are streamed (RecordIO-protobuf, CSV). FSx for Lustre and EFS are mounted, not downloaded.' },
    { kind: 'number', key: 'datasetGb', label: 'Data set size', unit: 'GB', default: 0, min: 0, max: 10_000_000, optional: true, help: 'Size of the training data set each run reads. Leave empty when unknown.' },
    { kind: 'enum', key: 'dataFormat', label: 'Data format', options: ['csv', 'json', 'parquet', 'recordio-protobuf', 'images'], default: 'csv', help: 'Format of the training data. Pipe mode streams record formats (RecordIO-protobuf, CSV); folders of images or JSON documents need File or FastFile mode, or conversion to RecordIO first.' },
    { kind: 'number', key: 'maxWaitHours', label: 'Max wait (Spot)', unit: 'h', default: 0, min: 0.01, max: 8760, optional: true, help: 'Spot only: the most SageMaker waits for capacity plus training (max_wait). Must be ≥ the training time; 1.5× or more leaves room for an interruption.' },
  ],
} as const satisfies ServiceDefinition;
