import { design } from '../../model/builder';
import type { Params } from '../../model/document';
import type { Scenario } from '../types';
import { lake, trainingJob } from './parts';

const job = (title: string, params: Params) =>
  design({
    title,
    nodes: [
      lake('lake', [0, 1], 'Recent prices'),
      trainingJob('train', { instanceType: 'ml.m5.xlarge', durationHours: 0.33, runsPerMonth: 730, ...params }, [1, 1], 'Hourly refit'),
      { id: 'ep', service: 'sagemaker-endpoint', label: 'Price forecasts', params: { instanceType: 'ml.c5.large', latencyTargetMs: 100 }, at: [2, 1] },
    ],
    flows: ['lake>train>ep'],
  });

export const shortJob: Scenario = {
  id: 'team-short-job',
  title: 'A 20-minute refit every hour',
  topic: 'Short jobs and hard deadlines',
  origin: 'team',
  exam: ['MLS-C01 3.3', 'MLS-C01 4.2', 'MLA-C01 2.2', 'MLA-C01 4.2'],
  prompt:
    'A dynamic-pricing model is refitted every hour. Each refit takes 20 minutes and the new model must be serving within 45 minutes of the start, before the next pricing cycle. What should the team use for training?',
  requirements: ['20-minute job every hour', 'Must finish within 45 minutes', 'Pricing depends on it'],
  answer: 'B',
  decidingRules: ['spot-buffer-too-small', 'spot-hard-deadline', 'spot-max-wait', 'spot-short-job'],
  checks: [
    { kind: 'flows', from: ['s3'], to: ['sagemaker-training'], text: 'Training reads recent prices' },
    { kind: 'flows', from: ['sagemaker-training'], to: ['sagemaker-endpoint'], text: 'The model is served' },
  ],
  explanation:
    'Short jobs under 30 minutes and hard deadlines under 4 hours are both On-Demand cases in the notes: a 45 min ÷ 20 min = 2.25x buffer leaves no room for a capacity wait, and the absolute saving on a 20-minute job is small. A max_wait shorter than the job itself is rejected by SageMaker outright. D only moves the Spot risk to the nightly refit: prices still depend on it, and it has the same 2.25x buffer.',
  options: [
    { key: 'A', summary: 'Spot, max_wait 45 min', document: job('Spot', { purchase: 'spot', deadlineHours: 0.75, maxWaitHours: 0.75, critical: true }) },
    { key: 'B', summary: 'On-Demand', document: job('On-Demand', { purchase: 'on-demand', deadlineHours: 0.75, critical: true }) },
    { key: 'C', summary: 'Spot with max_wait 15 min', document: job('Spot, max_wait 15 min', { purchase: 'spot', deadlineHours: 0.75, maxWaitHours: 0.25, critical: true }) },
    { key: 'D', summary: 'Spot, but only for the nightly full refit', document: job('Spot nightly', { purchase: 'spot', deadlineHours: 0.75, maxWaitHours: 0.75, runsPerMonth: 30, critical: true }) },
  ],
};
