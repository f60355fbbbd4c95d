import { design } from '../../model/builder';
import type { Params } from '../../model/document';
import type { Scenario } from '../types';
import { lake, spot, trainingJob } from './parts';

const job = (title: string, params: Params) =>
  design({
    title,
    nodes: [
      lake('lake', [0, 1], 'Labelled images'),
      trainingJob('train', { instanceType: 'ml.g4dn.xlarge', durationHours: 1, runsPerMonth: 60, ...params }, [1, 1], 'Experiment'),
      { id: 'out', service: 's3', label: 'Model artifacts', at: [2, 1] },
    ],
    flows: ['lake>train>out'],
  });

export const spotFlexibleShortDeadline: Scenario = {
  id: 'team-spot-flexible-short-deadline',
  title: 'Experiments wanted within three hours',
  topic: 'A short deadline that is not a hard one',
  origin: 'team',
  exam: ['MLS-C01 3.3', 'MLS-C01 4.2', 'MLA-C01 2.2', 'MLA-C01 4.2'],
  prompt:
    'A data scientist launches about 60 one-hour training experiments a month on ml.g4dn.xlarge and likes each result within 3 hours, though a late one only means reading it later; nothing in production depends on them. The team must cut training cost. How should the experiments run?',
  requirements: ['1-hour experiments, about 60 a month', 'Results wanted within 3 hours (3x)', 'Not critical: a late result is read later', 'Cut cost'],
  answer: 'B',
  decidingRules: ['spot-no-checkpointing', 'spot-max-wait-no-headroom'],
  checks: [{ kind: 'flows', from: ['s3'], to: ['sagemaker-training'], text: 'Training reads the images' }],
  explanation:
    'The notes keep On-Demand for hard deadlines under 4 hours, but a deadline is hard when missing it hurts; here a late result is simply read later. Experiments are the notes’ Spot case (cost-sensitive, not critical, flexible), and 3 h ÷ 1 h = 3x is inside their flexible 2–4x. Spot with checkpoints and max_wait at 3 h costs $13.25/month against $44.16 On-Demand (60 runs × 1 h × $0.736). Without checkpoints (C) an interruption restarts the hour; a max_wait of 1 h (D) ends the job at its first interruption.',
  options: [
    { key: 'A', summary: 'On-Demand: the deadline is under 4 hours', document: job('On-Demand', { purchase: 'on-demand', deadlineHours: 3 }) },
    { key: 'B', summary: 'Spot with checkpoints, max_wait 3 h', document: job('Spot with checkpoints', spot(3)) },
    { key: 'C', summary: 'Spot without checkpoints', document: job('Spot, no checkpoints', { ...spot(3), checkpointing: false }) },
    { key: 'D', summary: 'Spot with checkpoints, max_wait 1 h', document: job('Spot, max_wait 1 h', { ...spot(3), maxWaitHours: 1 }) },
  ],
};
