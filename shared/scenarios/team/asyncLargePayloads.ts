import type { Params } from '../../model/document';
import type { Scenario } from '../types';
import { inferenceDesign, resultsBucket } from './servingParts';

/** 200 studies a day (0.0023/s), ~300 MB each, ~6 minutes of GPU time each. */
const studies: Params = { instanceType: 'ml.g4dn.xlarge', requestsPerSecond: 200 / 86_400, payloadMb: 300, processingSeconds: 360 };

const option = (title: string, label: string, params: Params) =>
  inferenceDesign(title, { lakeLabel: 'CT studies', modelLabel: 'Nodule model', endpoint: { label, params: { ...studies, ...params } }, scoresLake: true, downstream: [resultsBucket('Findings')] });

export const asyncLargePayloads: Scenario = {
  id: 'team-async-large-payloads',
  title: 'Three hundred megabytes a scan',
  topic: 'Inference options: asynchronous for large, slow requests',
  origin: 'team',
  prompt:
    'A radiology network uploads about 200 CT studies a day to S3, around 300 MB each. A GPU model needs about six minutes per study to flag nodules, and radiologists want the findings within the hour, not instantly. Nights and weekends are quiet. How should the model be served?',
  requirements: ['300 MB per request', '~6 minutes of processing per request', 'Findings within the hour', 'Idle at night'],
  answer: 'B',
  decidingRules: ['realtime-payload-limits', 'serverless-unfit'],
  checks: [
    { kind: 'includes', anyOf: ['sagemaker-endpoint'], text: 'A SageMaker model scores each study' },
    { kind: 'flows', from: ['s3'], to: ['sagemaker-endpoint'], text: 'The studies are read from S3' },
  ],
  explanation:
    'A real-time endpoint takes at most 6 MB per request and must answer within 60 s; serverless inference 4 MB and 60 s, and it has no GPUs. Asynchronous inference takes inputs of up to 1 GB from S3, runs up to an hour per request, writes the findings to S3 and scales to zero when the queue is empty: 200 studies × 30 days × 6 min ≈ 608 busy GPU-hours ≈ $448/month. Keeping two instances running all month (D) works but bills 1,460 hours ≈ $1,075.',
  exam: ['MLS-C01 4.2', 'MLA-C01 3.1'],
  options: [
    { key: 'A', summary: 'A real-time endpoint on two GPU instances', document: option('Real-time', 'Nodule endpoint', { instanceCount: 2 }) },
    { key: 'B', summary: 'Asynchronous inference, input and findings in S3, scaling to zero', document: option('Asynchronous', 'Nodule inference', { inferenceMode: 'asynchronous', minInstances: 0, maxInstances: 2 }) },
    { key: 'C', summary: 'Serverless inference with 6 GB of memory', document: option('Serverless', 'Nodule inference', { inferenceMode: 'serverless', memoryMb: 6144 }) },
    { key: 'D', summary: 'Asynchronous inference keeping two instances running', document: option('Asynchronous, always on', 'Nodule inference', { inferenceMode: 'asynchronous', minInstances: 2, maxInstances: 2 }) },
  ],
};
