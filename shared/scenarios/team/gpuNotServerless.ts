import type { Params } from '../../model/document';
import type { Scenario } from '../types';
import { inferenceDesign, scoringApi, userApp } from './servingParts';

const searches: Params = { trafficPattern: 'intermittent', requestsPerSecond: 1, processingSeconds: 0.3, payloadMb: 1 };

const option = (title: string, label: string, params: Params) =>
  inferenceDesign(title, { lakeLabel: 'Product photos', modelLabel: 'Visual search model', endpoint: { label, params: { ...searches, ...params } }, downstream: [scoringApi(2000, 1, 'Search API'), userApp('Shop app')] });

export const gpuNotServerless: Scenario = {
  id: 'team-gpu-not-serverless',
  title: 'A GPU model with bursty traffic',
  topic: 'Inference options: serverless has no GPUs',
  origin: 'team',
  prompt:
    'A retailer’s “search by photo” feature runs a vision model that needs a GPU to answer in time. Traffic comes in bursts after marketing emails and is light otherwise; the API must answer within 2 seconds. Which serving option fits at the lowest cost?',
  requirements: ['The model needs a GPU', 'Bursty, intermittent traffic', 'Answers within 2 s'],
  answer: 'B',
  decidingRules: ['serverless-unfit', 'batch-cannot-answer'],
  checks: [
    { kind: 'flows', from: ['sagemaker-endpoint'], to: ['api-gateway'], text: 'The API calls the model' },
    { kind: 'servesWithin', ms: 2000, text: 'Answers within 2 s' },
  ],
  explanation:
    'Intermittent traffic suggests serverless inference, but serverless runs on CPU only: a GPU model rules it out (A). A real-time endpoint on one ml.g4dn.xlarge with auto scaling to four absorbs the bursts (≈ $537/month for the instance always running). Two ml.p3.2xlarge (C) also work at ≈ $5,585; asynchronous inference (D) writes results to S3 instead of answering the API.',
  exam: ['MLS-C01 4.2', 'MLA-C01 3.1'],
  options: [
    { key: 'A', summary: 'Serverless inference with 6 GB of memory', document: option('Serverless', 'Visual search', { inferenceMode: 'serverless', instanceType: 'ml.g4dn.xlarge', memoryMb: 6144, maxConcurrency: 50 }) },
    { key: 'B', summary: 'A real-time endpoint on ml.g4dn.xlarge, auto scaling from 1 to 4', document: option('Real-time with auto scaling', 'Visual search', { instanceType: 'ml.g4dn.xlarge', instanceCount: 1, maxInstances: 4 }) },
    { key: 'C', summary: 'A real-time endpoint on two ml.p3.2xlarge', document: option('Real-time on P3', 'Visual search', { instanceType: 'ml.p3.2xlarge', instanceCount: 2, maxInstances: 2 }) },
    { key: 'D', summary: 'Asynchronous inference on ml.g4dn.xlarge, scaling to zero', document: option('Asynchronous', 'Visual search', { inferenceMode: 'asynchronous', instanceType: 'ml.g4dn.xlarge', maxInstances: 4 }) },
  ],
};
