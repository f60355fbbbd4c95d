import type { Params } from '../../model/document';
import type { Scenario } from '../types';
import { inferenceDesign, scoringApi, userApp } from './servingParts';

const calls: Params = { requestsPerSecond: 2, processingSeconds: 0.1, payloadMb: 0.01, instanceType: 'ml.m5.large' };

const option = (title: string, label: string, params: Params) =>
  inferenceDesign(title, { lakeLabel: 'Customer sales history', modelLabel: 'Per-customer forecasts', endpoint: { label, params: { ...calls, ...params } }, downstream: [scoringApi(200, 2, 'Forecast API'), userApp('Customer dashboards')] });

export const multiModelEndpoint: Scenario = {
  id: 'team-multi-model-endpoint',
  title: 'Forty customers, forty models',
  topic: 'Inference options: multi-model endpoints',
  origin: 'team',
  prompt:
    'A SaaS vendor trains a small demand-forecasting model for each of its 40 customers. Each model is called a few times a minute through the vendor’s API, which must answer within 200 ms. Which hosting keeps cost down without hurting the API?',
  requirements: ['40 similar models', 'A few calls a minute each', 'API answers within 200 ms'],
  answer: 'B',
  decidingRules: ['one-endpoint-per-model', 'batch-cannot-answer', 'serverless-unfit'],
  checks: [
    { kind: 'flows', from: ['sagemaker-endpoint'], to: ['api-gateway'], text: 'The API calls the models' },
    { kind: 'servesWithin', ms: 200, text: 'Answers within 200 ms' },
  ],
  explanation:
    'Forty rarely called models of the same kind are a multi-model endpoint’s case: one endpoint on two shared instances loads each model from S3 when it is first called (2 × 730 h × $0.115 ≈ $168/month). One endpoint per model (A) bills 80 instances around the clock (≈ $6,716). Batch Transform (C) answers no API; serverless (D) cannot promise 200 ms through a cold start, and it does not host multi-model endpoints.',
  exam: ['MLS-C01 4.2', 'MLA-C01 3.1', 'MLA-C01 4.2'],
  options: [
    { key: 'A', summary: 'One real-time endpoint per customer, two instances each', document: option('An endpoint per model', 'Forecast endpoints', { modelCount: 40, instanceCount: 2, maxInstances: 2 }) },
    { key: 'B', summary: 'One multi-model endpoint on two instances', document: option('Multi-model endpoint', 'Forecast endpoint', { modelCount: 40, multiModel: true, instanceCount: 2, maxInstances: 2 }) },
    { key: 'C', summary: 'A daily Batch Transform job per customer', document: option('Batch Transform', 'Forecast scoring', { inferenceMode: 'batch-transform', instanceCount: 1, hoursPerRun: 2, runsPerMonth: 30 }) },
    { key: 'D', summary: 'Serverless inference for each customer', document: option('Serverless', 'Forecast inference', { inferenceMode: 'serverless', memoryMb: 2048 }) },
  ],
};
