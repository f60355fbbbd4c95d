import type { Params } from '../model/document';
import type { OperationsLevel } from './types';

/** The four ways SageMaker serves a model (Amazon SageMaker AI developer guide, "Model deployment options"). */
export const INFERENCE_MODES = ['real-time', 'serverless', 'asynchronous', 'batch-transform'] as const;
export type InferenceMode = (typeof INFERENCE_MODES)[number];

/** Hosting instance types; the GPU ones cannot run serverless (serverless inference runs on CPU only). */
export const HOSTING_INSTANCE_TYPES = ['ml.c5.large', 'ml.m5.large', 'ml.m5.xlarge', 'ml.g4dn.xlarge', 'ml.g5.xlarge', 'ml.p3.2xlarge'] as const;
const GPU_INSTANCE_TYPES: readonly string[] = ['ml.g4dn.xlarge', 'ml.g5.xlarge', 'ml.p3.2xlarge'];

interface ModeFacts {
  /** The badge on the node card and the cost line's label. */
  label: string;
  /** What the mode is for, for the inspector's help and the service's facts. */
  explanation: string;
  /** rules-and-prices.md, Operations levels: serverless, asynchronous and Batch Transform 0, real-time endpoints 1. */
  operationsLevel: OperationsLevel;
}

export const INFERENCE_MODE_FACTS: Readonly<Record<InferenceMode, ModeFacts>> = {
  'real-time': {
    label: 'Real-time',
    explanation: 'Real-time: instances always on, answering each request within 60 s (payloads up to 6 MB); billed per instance-hour.',
    operationsLevel: 1,
  },
  serverless: {
    label: 'Serverless',
    explanation: 'Serverless: no instances to choose; scales to zero between requests, with a cold start after idle periods; CPU only, 1–6 GB memory, up to 200 concurrent requests, 4 MB and 60 s per request; billed per GB-second of compute and per GB processed.',
    operationsLevel: 0,
  },
  asynchronous: {
    label: 'Asynchronous',
    explanation: 'Asynchronous: requests queue with their input in S3 (up to 1 GB, up to one hour of processing) and results land in S3; instances scale to zero when the queue is empty; billed per instance-hour while running.',
    operationsLevel: 0,
  },
  'batch-transform': {
    label: 'Batch Transform',
    explanation: 'Batch Transform: a job scores a whole dataset from S3 and writes the results to S3, then its instances stop; nothing answers a caller; billed per instance-hour of each job.',
    operationsLevel: 0,
  },
};

/** The node's inference mode (absent: real-time, the default). */
export function inferenceModeOf(params: Readonly<Params>): InferenceMode {
  const mode = params.inferenceMode;
  return typeof mode === 'string' && (INFERENCE_MODES as readonly string[]).includes(mode) ? (mode as InferenceMode) : 'real-time';
}

export function isGpuInstance(type: string): boolean {
  return GPU_INSTANCE_TYPES.includes(type);
}
