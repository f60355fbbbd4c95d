import { design } from '../../model/builder';
import type { Params } from '../../model/document';
import type { Scenario } from '../types';
import { lake, spot, trainingJob } from './parts';

const job = (title: string, params: Params) =>
  design({
    title,
    nodes: [
      lake('lake', [0, 1], 'Customer activity'),
      trainingJob('train', { instanceType: 'ml.p3.2xlarge', durationHours: 8, runsPerMonth: 4.35, ...params }, [1, 1], 'Weekly churn model'),
      { id: 'out', service: 's3', label: 'Churn scores', at: [2, 1] },
    ],
    flows: ['lake>train>out'],
  });

export const spotFlexibleBuffer: Scenario = {
  id: 'team-spot-flexible-buffer',
  title: 'A weekly model the review can do without',
  topic: 'Spot at 2–3x on work that is not critical',
  origin: 'team',
  exam: ['MLS-C01 3.3', 'MLS-C01 4.2', 'MLA-C01 2.2', 'MLA-C01 4.2'],
  prompt:
    'A research team retrains a churn model every Sunday for Monday’s analytics review. Training takes 8 hours on ml.p3.2xlarge and the review starts 20 hours after the run begins. If the model is late, the review uses last week’s scores; nothing else depends on it. The budget is tight. How should the job run?',
  requirements: ['8-hour weekly training', 'Wanted within 20 hours (2.5x)', 'Not critical: a late model means last week’s scores', 'Tight budget'],
  answer: 'B',
  decidingRules: ['spot-no-checkpointing', 'spot-max-wait-no-headroom'],
  checks: [
    { kind: 'flows', from: ['s3'], to: ['sagemaker-training'], text: 'Training reads the customer activity' },
    { kind: 'flows', from: ['sagemaker-training'], to: ['s3'], text: 'Scores are written for the review' },
  ],
  explanation:
    '20 h ÷ 8 h = 2.5x. For critical work that would rule Spot out (below 3x), but this job is in Spot’s column: weekly, flexible (the notes: 2–4x the training time) and not critical, with a tight budget. Spot with checkpoints and a max_wait at the 20 h deadline costs $39.93/month against $133.11 On-Demand (8 h × 4.35 runs × $3.825); the risk of an unlucky week is shown, and it costs only a week-old model. Without checkpoints (C) each interruption restarts 8 hours of training; a max_wait of 8 h (D) ends the job at its first interruption.',
  options: [
    { key: 'A', summary: 'On-Demand, to be sure it is ready', document: job('On-Demand', { purchase: 'on-demand', deadlineHours: 20 }) },
    { key: 'B', summary: 'Spot with checkpoints, max_wait 20 h', document: job('Spot with checkpoints', spot(20)) },
    { key: 'C', summary: 'Spot without checkpoints, max_wait 20 h', document: job('Spot, no checkpoints', { ...spot(20), checkpointing: false }) },
    { key: 'D', summary: 'Spot with checkpoints, max_wait 8 h', document: job('Spot, max_wait 8 h', { ...spot(20), maxWaitHours: 8 }) },
  ],
};
