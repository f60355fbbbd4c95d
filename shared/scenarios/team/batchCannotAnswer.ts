import type { Params } from '../../model/document';
import type { Scenario } from '../types';
import { inferenceDesign, scoringApi, userApp } from './servingParts';

const applications: Params = { instanceType: 'ml.c5.large', requestsPerSecond: 5, processingSeconds: 0.05, payloadMb: 0.01 };

const option = (title: string, label: string, params: Params) =>
  inferenceDesign(title, { lakeLabel: 'Loan history', modelLabel: 'Approval model', endpoint: { label, params: { ...applications, ...params } }, downstream: [scoringApi(300, 5, 'Loan API'), userApp('Loan app')] });

export const waitingApplicant: Scenario = {
  id: 'team-batch-cannot-answer',
  title: 'The applicant is waiting',
  topic: 'Inference options: who waits for the answer',
  origin: 'team',
  prompt:
    'A lender’s app shows an approval score while the applicant waits on the form: its API must answer within 300 ms, about 5 applications a second, all day. The model has just been retrained to cut costs on serving. Which serving design fits?',
  requirements: ['An answer within 300 ms while the applicant waits', '~5 requests per second, all day', 'Stays up if an instance fails'],
  answer: 'C',
  decidingRules: ['batch-cannot-answer', 'single-instance-endpoint'],
  checks: [
    { kind: 'flows', from: ['sagemaker-endpoint'], to: ['api-gateway'], text: 'The API calls the model' },
    { kind: 'servesWithin', ms: 300, text: 'Answers within 300 ms' },
  ],
  explanation:
    'Someone is waiting, so the model must answer in the response: a real-time endpoint. Batch Transform (A) scores datasets in S3 and asynchronous inference (B) queues requests and writes results to S3 later; neither returns the score to the API. A single instance with no auto scaling (D) is cheaper (≈ $74 vs ≈ $149 for two ml.c5.large) but one failure takes the app down: AWS recommends at least two instances, spread across Availability Zones.',
  exam: ['MLS-C01 4.1', 'MLS-C01 4.2', 'MLA-C01 3.1'],
  options: [
    { key: 'A', summary: 'An hourly Batch Transform job behind the API', document: option('Batch Transform', 'Approval scoring', { inferenceMode: 'batch-transform', instanceCount: 1, hoursPerRun: 0.25, runsPerMonth: 730 }) },
    { key: 'B', summary: 'Asynchronous inference behind the API, scaling to zero', document: option('Asynchronous', 'Approval inference', { inferenceMode: 'asynchronous', maxInstances: 2 }) },
    { key: 'C', summary: 'A real-time endpoint on two ml.c5.large instances', document: option('Real-time, two instances', 'Approval endpoint', { instanceCount: 2, maxInstances: 2 }) },
    { key: 'D', summary: 'A real-time endpoint on one ml.c5.large instance', document: option('Real-time, one instance', 'Approval endpoint', { instanceCount: 1, maxInstances: 1 }) },
  ],
};
