import type { InferenceMode } from '../../catalog/inferenceModes';
import { numberParam, type ServiceNode } from '../../model/params';
import { formatNumber } from '../../util/numbers';

interface RequestLimits {
  /** Largest request payload, in MB of 1,048,576 bytes. */
  payloadMb: number;
  /** Longest processing time of one request. */
  processingSeconds: number;
  /** Where AWS documents it. */
  source: string;
}

/**
 * What one request may carry and take in each mode that answers requests (read 2026-12):
 * - real-time: InvokeEndpoint API reference (Amazon SageMaker Runtime): the request body is at most
 *   6 MB (6,291,456 bytes) and the model container must answer within 60 seconds;
 * - serverless: "Invoke a serverless endpoint" (SageMaker developer guide): request and response
 *   payloads up to 4 MB, and the container must answer /invocations within 1 minute;
 * - asynchronous: "Asynchronous inference" (SageMaker developer guide): payloads up to 1 GB and
 *   processing up to one hour (InvocationTimeoutSeconds at most 3,600).
 */
export const INFERENCE_LIMITS: Readonly<Record<Exclude<InferenceMode, 'batch-transform'>, RequestLimits>> = {
  'real-time': { payloadMb: 6, processingSeconds: 60, source: 'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_runtime_InvokeEndpoint.html' },
  serverless: { payloadMb: 4, processingSeconds: 60, source: 'https://docs.aws.amazon.com/sagemaker/latest/dg/serverless-endpoints-invoke.html' },
  asynchronous: { payloadMb: 1024, processingSeconds: 3600, source: 'https://docs.aws.amazon.com/sagemaker/latest/dg/async-inference.html' },
};

/**
 * The shortest cold start a serverless endpoint has after an idle period. AWS documents cold starts
 * (SageMaker developer guide, "Serverless Inference": for workloads "that can tolerate cold starts";
 * the provisioned-concurrency launch post) without a figure; published measurements put them at
 * 1–5 seconds depending on the container and model size. The rule uses the low end, so it fires only
 * when every cold start breaks the target.
 */
export const SERVERLESS_COLD_START_MS = 1000;

/** A limit in words: "6 MB", "1 GB", "60 s", "one hour". */
export function payloadText(mb: number): string {
  return mb >= 1024 ? `${mb / 1024} GB` : `${mb} MB`;
}

export function durationText(seconds: number): string {
  return seconds === 3600 ? 'one hour' : `${seconds} s`;
}

/** What an endpoint's requests exceed of `limits`, in words (empty when they fit). */
export function limitsExceeded(node: ServiceNode<'sagemaker-endpoint'>, limits: RequestLimits): string[] {
  const payload = numberParam(node, 'payloadMb');
  const seconds = numberParam(node, 'processingSeconds');
  const over: string[] = [];
  if (payload > limits.payloadMb) over.push(`${formatNumber(payload)} MB payloads (limit ${payloadText(limits.payloadMb)})`);
  if (seconds > limits.processingSeconds) over.push(`${formatNumber(seconds)} s per request (limit ${durationText(limits.processingSeconds)})`);
  return over;
}
