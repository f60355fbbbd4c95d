import type { Params } from '../../model/document';
import type { Scenario } from '../types';
import { inferenceDesign, resultsBucket } from './servingParts';

/** Two million customers scored each night. */
const nightlyRows = 2_000_000 / 86_400;

const option = (title: string, label: string, params: Params) =>
  inferenceDesign(title, { lakeLabel: 'Customer table exports', modelLabel: 'Churn model', endpoint: { label, params: { instanceType: 'ml.m5.xlarge', ...params } }, scoresLake: true, downstream: [resultsBucket('Churn scores')] });

export const nightlyBatchTransform: Scenario = {
  id: 'team-nightly-batch-transform',
  title: 'Scores by six in the morning',
  topic: 'Inference options: Batch Transform for scheduled scoring',
  origin: 'team',
  prompt:
    'A telecom exports its customer table (about 2 million rows) to S3 every night. Marketing needs a churn score for every customer in S3 by 6 am for the day’s campaigns. No application calls the model during the day. How should the scores be produced?',
  requirements: ['2 million rows each night', 'Scores in S3 by the morning', 'No interactive callers'],
  answer: 'B',
  decidingRules: ['always-on-for-batch-scoring'],
  checks: [
    { kind: 'flows', from: ['s3'], to: ['sagemaker-endpoint'], text: 'The nightly export is scored' },
    { kind: 'flows', from: ['sagemaker-endpoint'], to: ['s3'], text: 'The scores land in S3' },
  ],
  explanation:
    'Nobody waits on these predictions: the whole table is scored once a night. Batch Transform runs a job over the export in S3, writes the scores to S3 and stops: 2 instances × 1 h × 30 nights × $0.23 ≈ $13.80/month. A real-time endpoint (A) bills 1,460 instance-hours (≈ $336) to sit idle between nights; asynchronous inference (C) queues 2 million requests a night and keeps an instance busy 845 hours a month (≈ $194); serverless (D) bills every row as a request (≈ $123). Batch Transform is the exam’s answer for scoring a dataset on a schedule.',
  exam: ['MLS-C01 4.2', 'MLA-C01 3.1', 'MLA-C01 4.2'],
  options: [
    { key: 'A', summary: 'A real-time endpoint on two instances that a script calls each night', document: option('Real-time', 'Churn endpoint', { instanceCount: 2, maxInstances: 2, requestsPerSecond: nightlyRows }) },
    { key: 'B', summary: 'A nightly Batch Transform job on two instances', document: option('Batch Transform', 'Nightly churn scoring', { inferenceMode: 'batch-transform', instanceCount: 2, hoursPerRun: 1, runsPerMonth: 30 }) },
    { key: 'C', summary: 'Asynchronous inference, one request per row', document: option('Asynchronous', 'Churn inference', { inferenceMode: 'asynchronous', requestsPerSecond: nightlyRows, processingSeconds: 0.05, maxInstances: 2 }) },
    { key: 'D', summary: 'Serverless inference, one request per row', document: option('Serverless', 'Churn inference', { inferenceMode: 'serverless', requestsPerSecond: nightlyRows, processingSeconds: 0.05, memoryMb: 2048, payloadMb: 0.001 }) },
  ],
};
