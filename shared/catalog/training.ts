import { instanceCount, runsPerMonth } from './commonParams';
import type { ServiceDefinition } from './types';

const TRAINING_INSTANCE_TYPES = ['ml.m5.xlarge', 'ml.g4dn.xlarge', 'ml.p3.2xlarge', 'ml.p3.16xlarge'] as const;

export const sagemakerTraining = {
  id: 'sagemaker-training',
  name: 'Amazon SageMaker Training',
  shortName: 'SageMaker Training',
  category: 'training',
  icon: 'AmazonSageMakerAI.svg',
  accepts: ['objects'],
  emits: ['model', 'predictions'],
  passThrough: false,
  operationsLevel: 1,
  batch: true,
  facts: {
    scaling: 'Managed training clusters per job.',
    management: 'Low: containers, channels, checkpoints in S3.',
    latency: 'Batch: a job runs for minutes to days.',
    costModel: 'Per instance-hour; Managed Spot Training is 70–90% cheaper but can be interrupted.',
    examTip: 'Spot when the deadline is at least 4× the training time, the job checkpoints and the business can wait; On-Demand for hard deadlines under 4 h, short jobs and critical work.',
  },
  params: [
    { kind: 'enum', key: 'purchase', label: 'Purchase option', options: ['on-demand', 'spot'], default: 'on-demand', help: 'On-Demand capacity, or Managed Spot Training (cheaper, interruptible).' },
    { kind: 'enum', key: 'instanceType', label: 'Instance type', options: TRAINING_INSTANCE_TYPES, default: 'ml.m5.xlarge', help: 'Training instance type.' },
    instanceCount,
    { kind: 'number', key: 'durationHours', label: 'Training time', unit: 'h', default: 1, min: 0.01, max: 720, help: 'How long one training run takes without interruptions.' },
    { ...runsPerMonth, default: 4.35, help: 'Training runs per month (weekly ≈ 4.35, daily ≈ 30, every 6 h ≈ 121.7).' },
    { kind: 'number', key: 'deadlineHours', label: 'Deadline', unit: 'h', default: 24, min: 0.01, max: 8760, help: 'Time from the start of a run until its model must be ready.' },
    { kind: 'boolean', key: 'critical', label: 'Business-critical', default: false, help: 'Missing the deadline hurts the business (fraud, compliance, emergencies).' },
    { kind: 'boolean', key: 'checkpointing', label: 'Checkpointing', default: true, help: 'The job saves checkpoints to S3 and resumes from them after an interruption.' },
    { kind: 'number', key: 'maxWaitHours', label: 'Max wait (Spot)', unit: 'h', default: 0, min: 0.01, max: 8760, optional: true, help: 'Spot only: the most SageMaker waits for capacity plus training (max_wait). Must be ≥ the training time.' },
  ],
} as const satisfies ServiceDefinition;
