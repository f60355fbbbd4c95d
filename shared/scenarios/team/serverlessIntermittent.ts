import type { Params } from '../../model/document';
import type { Scenario } from '../types';
import { inferenceDesign, scoringApi, userApp } from './servingParts';

/** A few hundred requests a day (300/day), in office hours. */
const traffic: Params = { trafficPattern: 'intermittent', requestsPerSecond: 300 / 86_400, processingSeconds: 0.2, payloadMb: 0.01 };

const option = (title: string, label: string, params: Params) =>
  inferenceDesign(title, { lakeLabel: 'Past claims', modelLabel: 'Triage model (XGBoost)', endpoint: { label, params: { ...traffic, ...params } }, downstream: [scoringApi(3000, 300 / 86_400, 'Triage API'), userApp('Claims staff')] });

export const serverlessIntermittent: Scenario = {
  id: 'team-serverless-intermittent',
  title: 'A few hundred claims a day',
  topic: 'Inference options: serverless for intermittent traffic',
  origin: 'team',
  prompt:
    'An insurer’s claims-triage tool is used a few hundred times a day in office hours and not at all at night or at weekends. Its XGBoost model runs on CPU in about 200 ms, and staff accept waiting a few seconds for the first answer of the morning (the API allows 3 s). Which serving option costs least?',
  requirements: ['~300 requests a day, idle nights and weekends', 'CPU model, 200 ms per request', 'Answers within 3 s'],
  answer: 'B',
  decidingRules: ['batch-cannot-answer'],
  checks: [
    { kind: 'includes', anyOf: ['sagemaker-endpoint'], text: 'A SageMaker model answers the tool' },
    { kind: 'flows', from: ['sagemaker-endpoint'], to: ['api-gateway'], text: 'The API calls the model' },
  ],
  explanation:
    'Traffic with long idle periods, a CPU model and a tolerance for cold starts is serverless inference’s case: it scales to zero and bills only the compute each request uses (300 requests × 30 days × 0.2 s × 2 GB ≈ 3,650 GB-seconds, under a dollar a month). Real-time instances (A, D) bill every hour of the month, idle or not; Batch Transform (C) cannot answer an API at all.',
  exam: ['MLS-C01 4.2', 'MLA-C01 3.1', 'MLA-C01 4.2'],
  options: [
    { key: 'A', summary: 'A real-time endpoint on two ml.m5.large instances', document: option('Real-time', 'Triage endpoint', { instanceType: 'ml.m5.large', instanceCount: 2, maxInstances: 2 }) },
    { key: 'B', summary: 'Serverless inference with 2 GB of memory', document: option('Serverless', 'Triage inference', { inferenceMode: 'serverless', instanceType: 'ml.m5.large', memoryMb: 2048, maxConcurrency: 5 }) },
    { key: 'C', summary: 'A nightly Batch Transform job', document: option('Batch Transform', 'Triage scoring', { inferenceMode: 'batch-transform', instanceType: 'ml.m5.large', instanceCount: 1, hoursPerRun: 0.5, runsPerMonth: 30 }) },
    { key: 'D', summary: 'A real-time endpoint on one ml.c5.large scaling out to three', document: option('Real-time with auto scaling', 'Triage endpoint', { instanceType: 'ml.c5.large', instanceCount: 1, maxInstances: 3 }) },
  ],
};
