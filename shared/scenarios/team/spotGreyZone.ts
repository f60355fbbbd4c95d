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
  prompt:
    'A marketplace retrains an image-similarity model weekly. Training takes 8 hours and the model must be live 28 hours after the run starts, when the weekly campaign begins. Missing it delays the campaign but is not a disaster. Which purchase option fits best?',
  requirements: ['8-hour training', '28-hour deadline (3.5x)', 'A missed deadline delays a campaign'],
  answer: 'B',
  decidingRules: ['spot-buffer-grey-zone', 'spot-no-checkpointing', 'spot-wait-past-deadline'],
  checks: [
    { kind: 'flows', from: ['s3'], to: ['sagemaker-training'], text: 'Training reads the images' },
    { kind: 'flows', from: ['sagemaker-training'], to: ['sagemaker-endpoint'], text: 'The model is served' },
  ],
  explanation:
    '28 h ÷ 8 h = 3.5x: inside the 3–4x grey zone, where an unlucky run of interruptions and capacity waits can eat the whole margin. The notes call Spot safe above 4x. On-Demand is the clean answer here; Spot would need checkpoints and a max_wait capped at the deadline, and even then carries the risk. A max_wait of 40 h would let the job wait past the campaign start.',
  options: [
    { key: 'A', summary: 'Spot with checkpoints, max_wait 28 h', document: job('Spot with checkpoints', spot(28)) },
    { key: 'B', summary: 'On-Demand', document: job('On-Demand', { purchase: 'on-demand', deadlineHours: 28 }) },
    { key: 'C', summary: 'Spot without checkpoints', document: job('Spot, no checkpoints', { ...spot(28), checkpointing: false }) },
    { key: 'D', summary: 'Spot with max_wait 40 h', document: job('Spot, max_wait 40 h', { ...spot(28), maxWaitHours: 40 }) },
  ],
};
