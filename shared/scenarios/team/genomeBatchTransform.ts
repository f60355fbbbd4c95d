import type { Params } from '../../model/document';
import type { Scenario } from '../types';
import { inferenceDesign, resultsBucket } from './servingParts';

/** 50 genomes a day, 3 GB each, two hours of processing each. */
const genomes: Params = { instanceType: 'ml.m5.xlarge', requestsPerSecond: 50 / 86_400, payloadMb: 3072, processingSeconds: 7200 };

const option = (title: string, label: string, params: Params) =>
  inferenceDesign(title, { lakeLabel: 'Sequenced genomes', modelLabel: 'Variant model', endpoint: { label, params: { ...genomes, ...params } }, scoresLake: true, downstream: [resultsBucket('Variant calls')] });

export const genomeBatchTransform: Scenario = {
  id: 'team-genome-batch-transform',
  title: 'Three gigabytes, two hours',
  topic: 'Inference options: beyond asynchronous limits',
  origin: 'team',
  prompt:
    'A sequencing lab lands about 50 genomes a day in S3, 3 GB each. Its model takes about two hours per genome, and the variant calls are needed the next morning. How should the model run?',
  requirements: ['3 GB per input', '~2 hours per input', 'Results the next morning'],
  answer: 'C',
  decidingRules: ['async-limits', 'realtime-payload-limits'],
  checks: [
    { kind: 'flows', from: ['s3'], to: ['sagemaker-endpoint'], text: 'The genomes are read from S3' },
    { kind: 'flows', from: ['sagemaker-endpoint'], to: ['s3'], text: 'The variant calls land in S3' },
  ],
  explanation:
    'Asynchronous inference is the answer for large, slow requests only up to 1 GB and one hour each; 3 GB and two hours are past both (A). Real-time (B) and serverless (D) stop at 6 MB and 4 MB, and 60 s. A nightly Batch Transform job reads the day’s genomes from S3 with no per-request limit and writes the calls back to S3: 25 instances × 4 h × 30 nights × $0.23 = $690/month.',
  exam: ['MLS-C01 4.4', 'MLA-C01 3.1'],
  options: [
    { key: 'A', summary: 'Asynchronous inference, one request per genome', document: option('Asynchronous', 'Variant inference', { inferenceMode: 'asynchronous', maxInstances: 10 }) },
    { key: 'B', summary: 'A real-time endpoint on four instances', document: option('Real-time', 'Variant endpoint', { instanceCount: 4, maxInstances: 4 }) },
    { key: 'C', summary: 'A nightly Batch Transform job on 25 instances', document: option('Batch Transform', 'Nightly variant calling', { inferenceMode: 'batch-transform', instanceCount: 25, hoursPerRun: 4, runsPerMonth: 30 }) },
    { key: 'D', summary: 'Serverless inference with 6 GB of memory', document: option('Serverless', 'Variant inference', { inferenceMode: 'serverless', memoryMb: 6144 }) },
  ],
};
