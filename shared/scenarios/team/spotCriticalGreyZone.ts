import { design } from '../../model/builder';
import type { Params } from '../../model/document';
import type { Scenario } from '../types';
import { lake, spot, trainingJob } from './parts';

const job = (title: string, params: Params) =>
  design({
    title,
    nodes: [
      lake('lake', [0, 1], 'Transactions'),
      trainingJob('train', { instanceType: 'ml.p3.2xlarge', durationHours: 4, runsPerMonth: 30, critical: true, ...params }, [1, 1], 'Nightly AML model'),
      { id: 'ep', service: 'sagemaker-endpoint', label: 'Screening', params: { instanceType: 'ml.m5.large', latencyTargetMs: 100 }, at: [2, 1] },
    ],
    flows: ['lake>train>ep'],
  });

export const spotCriticalGreyZone: Scenario = {
  id: 'team-spot-critical-grey-zone',
  title: 'A compliance model at 3.5x',
  topic: 'Spot between 3x and 4x on critical work',
  origin: 'team',
  exam: ['MLS-C01 3.3', 'MLS-C01 4.2', 'MLA-C01 2.2', 'MLA-C01 4.2'],
  prompt:
    'A bank retrains its anti-money-laundering model every night. Training takes 4 hours on ml.p3.2xlarge, and the new model must be screening transactions 14 hours after the start, when the reporting window opens; a late model is a compliance breach. How should the training job run?',
  requirements: ['4-hour nightly training', 'Ready within 14 hours (3.5x)', 'Critical: a late model is a compliance breach'],
  answer: 'B',
  decidingRules: ['spot-buffer-grey-zone', 'spot-max-wait-no-headroom', 'spot-no-checkpointing'],
  checks: [
    { kind: 'flows', from: ['s3'], to: ['sagemaker-training'], text: 'Training reads the transactions' },
    { kind: 'flows', from: ['sagemaker-training'], to: ['sagemaker-endpoint'], text: 'The model screens transactions' },
  ],
  explanation:
    '14 h ÷ 4 h = 3.5x: under the 4x the notes call safe for Spot, and the work is critical (compliance requirements are On-Demand in the notes). Spot would save 70% of $459/month (4 h × 30 runs × $3.825), but a run of interruptions and capacity waits can breach the reporting window, which costs far more. On-Demand is the answer. C’s max_wait of 4 h ends the job at its first interruption; D restarts from zero after one.',
  options: [
    { key: 'A', summary: 'Spot with checkpoints, max_wait 14 h', document: job('Spot with checkpoints', spot(14)) },
    { key: 'B', summary: 'On-Demand', document: job('On-Demand', { purchase: 'on-demand', deadlineHours: 14 }) },
    { key: 'C', summary: 'Spot with checkpoints, max_wait 4 h', document: job('Spot, max_wait 4 h', { ...spot(14), maxWaitHours: 4 }) },
    { key: 'D', summary: 'Spot without checkpoints', document: job('Spot, no checkpoints', { ...spot(14), checkpointing: false }) },
  ],
};
