import { design } from '../../model/builder';
import type { Params } from '../../model/document';
import type { Scenario } from '../types';
import { lake, spot, trainingJob } from './parts';

const job = (title: string, params: Params) =>
  design({
    title,
    nodes: [
      lake('lake', [0, 1], 'Catalogue images'),
      trainingJob('train', { instanceType: 'ml.p3.2xlarge', durationHours: 8, runsPerMonth: 4.35, ...params }, [1, 1], 'Vision retraining'),
      { id: 'ep', service: 'sagemaker-endpoint', label: 'Similar items', params: { instanceType: 'ml.m5.large', latencyTargetMs: 100 }, at: [2, 1] },
    ],
    flows: ['lake>train>ep'],
  });

export const spotGreyZone: Scenario = {
  id: 'team-spot-grey-zone',
  title: 'Eight hours of training, a 28-hour window',
  topic: 'Spot between 3x and 4x',
  origin: 'team',
  exam: ['MLS-C01 3.3', 'MLS-C01 4.2', 'MLA-C01 2.2', 'MLA-C01 4.2'],
  prompt:
    'A marketplace retrains an image-similarity model weekly. Training takes 8 hours and the model must be live 28 hours after the run starts, when the weekly campaign begins. Missing it delays the campaign but is not a disaster. Which purchase option fits best?',
  requirements: ['8-hour training', '28-hour deadline (3.5x)', 'A missed deadline delays a campaign, nothing worse'],
  answer: 'A',
  decidingRules: ['spot-no-checkpointing', 'spot-wait-past-deadline'],
  checks: [
    { kind: 'flows', from: ['s3'], to: ['sagemaker-training'], text: 'Training reads the images' },
    { kind: 'flows', from: ['sagemaker-training'], to: ['sagemaker-endpoint'], text: 'The model is served' },
  ],
  explanation:
    '28 h ÷ 8 h = 3.5x: short of the 4x the notes call safe, but a weekly job whose deadline can slip is in Spot’s column (flexible deadlines of 2–4x the training time, work that is not critical). Spot with checkpoints in S3 and a max_wait capped at the 28 h deadline takes the 70% saving (8 h × 4.35 runs × $3.825 = $133.11/month On-Demand, $39.93 on Spot); the grey zone is shown as a risk, not a fault. On-Demand (B) is safe but pays $93/month more for a deadline the business can miss. Without checkpoints (C) an interruption restarts 8 hours of training; a max_wait of 40 h (D) lets the job still be waiting when the campaign starts. Had missing the deadline hurt the business, 3.5x would call for On-Demand.',
  options: [
    { key: 'A', summary: 'Spot with checkpoints, max_wait 28 h', document: job('Spot with checkpoints', spot(28)) },
    { key: 'B', summary: 'On-Demand', document: job('On-Demand', { purchase: 'on-demand', deadlineHours: 28 }) },
    { key: 'C', summary: 'Spot without checkpoints', document: job('Spot, no checkpoints', { ...spot(28), checkpointing: false }) },
    { key: 'D', summary: 'Spot with max_wait 40 h', document: job('Spot, max_wait 40 h', { ...spot(28), maxWaitHours: 40 }) },
  ],
};
