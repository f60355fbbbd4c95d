import { design } from '../../model/builder';
import type { Params } from '../../model/document';
import type { Scenario } from '../types';
import { lake, predictionTable, spot, trainingJob } from './parts';

const job = (title: string, params: Params) =>
  design({
    title,
    nodes: [
      { id: 'src', service: 'source', label: 'Claims uploads', params: { rateMode: 'volume', gbPerHour: 0.5 }, at: [0, 1] },
      { id: 'fh', service: 'firehose', label: 'Claims feed', at: [1, 1] },
      lake('lake', [2, 1], 'Claims'),
      trainingJob('train', { instanceType: 'ml.p3.2xlarge', durationHours: 10, runsPerMonth: 4.35, ...params }, [3, 1], 'Weekly retraining'),
      predictionTable('table', 50, [4, 1]),
    ],
    flows: ['src>fh>lake>train>table'],
  });

export const spotSafe: Scenario = {
  id: 'team-spot-safe',
  title: 'A weekend to retrain',
  topic: 'Spot above a 4x buffer; max wait; checkpointing',
  origin: 'team',
  exam: ['MLS-C01 3.3', 'MLS-C01 4.2', 'MLA-C01 2.2', 'MLA-C01 4.2'],
  prompt:
    'An insurer retrains a claims model every Friday night. Training takes 10 hours on ml.p3.2xlarge and the new model is only needed by Monday morning, 72 hours later. The work is not business-critical. How should the training job be configured?',
  requirements: ['10-hour weekly training', '72-hour window (7.2x)', 'Not critical; minimise cost'],
  answer: 'B',
  decidingRules: ['spot-max-wait', 'spot-no-checkpointing', 'on-demand-could-be-spot'],
  checks: [
    { kind: 'flows', from: ['s3'], to: ['sagemaker-training'], text: 'Training reads the claims' },
    { kind: 'servesWithin', ms: 50, text: 'Predictions served' },
  ],
  explanation:
    '72 h ÷ 10 h is a 7.2x buffer, well above the 4x the notes call safe: Managed Spot Training saves 70% (≈$116/month here). It needs checkpoints in S3 so an interruption resumes instead of restarting, and a max_wait at least as long as the training (SageMaker rejects max_wait < max_run) but not past the deadline — 72 h. On-Demand works but leaves the saving on the table.',
  options: [
    { key: 'A', summary: 'On-Demand', document: job('On-Demand', { purchase: 'on-demand', deadlineHours: 72 }) },
    { key: 'B', summary: 'Spot, checkpoints to S3, max_wait 72 h', document: job('Spot with checkpoints', spot(72)) },
    { key: 'C', summary: 'Spot without checkpoints', document: job('Spot, no checkpoints', { ...spot(72), checkpointing: false }) },
    { key: 'D', summary: 'Spot with max_wait 8 h', document: job('Spot, max_wait 8 h', { ...spot(72), maxWaitHours: 8 }) },
  ],
};
