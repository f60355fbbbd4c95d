import { design } from '../../model/builder';
import type { Params } from '../../model/document';
import type { Scenario } from '../types';
import { lake, trainingJob } from './parts';

const job = (title: string, maxWaitHours: number) => {
  const params: Params = { purchase: 'spot', checkpointing: true, durationHours: 4, runsPerMonth: 30, deadlineHours: 20, maxWaitHours };
  return design({
    title,
    nodes: [
      lake('lake', [0, 1], 'Viewing history'),
      trainingJob('train', params, [1, 1], 'Nightly recommender'),
      { id: 'ep', service: 'sagemaker-endpoint', label: 'Recommendations', params: { instanceType: 'ml.m5.large', latencyTargetMs: 100 }, at: [2, 1] },
    ],
    flows: ['lake>train>ep'],
  });
};

export const spotMaxWaitHeadroom: Scenario = {
  id: 'team-spot-max-wait-headroom',
  title: 'How long should a Spot job wait?',
  topic: 'Spot max_wait: room for interruptions, within the deadline',
  origin: 'team',
  exam: ['MLS-C01 3.3', 'MLS-C01 4.2', 'MLA-C01 2.2', 'MLA-C01 4.2'],
  prompt:
    'A streaming service retrains its recommendation model every night with Managed Spot Training on ml.g4dn.xlarge, checkpointing to S3. Training takes 4 hours; the new model is needed by the next evening, 20 hours after the start. A late model is not critical. What should the job’s max_wait be?',
  requirements: ['4-hour nightly training on Spot, with checkpoints', 'Model needed within 20 hours', 'Not critical'],
  answer: 'B',
  decidingRules: ['spot-max-wait-no-headroom', 'spot-max-wait', 'spot-wait-past-deadline'],
  checks: [
    { kind: 'flows', from: ['s3'], to: ['sagemaker-training'], text: 'Training reads the viewing history' },
    { kind: 'flows', from: ['sagemaker-training'], to: ['sagemaker-endpoint'], text: 'The model is served' },
  ],
  explanation:
    'max_wait is the time SageMaker allows for waiting on Spot capacity plus training, so it must be at least the 4 h of training (C’s 3 h is rejected), and any interruption spends it: at exactly 4 h (A) the first interruption ends the job with MaxWaitTimeExceeded. It does not raise the bill — you pay for the seconds trained — so set it to what the business can wait: the 20 h deadline (5x the training, room for several interruptions). 48 h (D) lets the job still be waiting after the model was due, when it should have failed early and been rerun On-Demand.',
  options: [
    { key: 'A', summary: 'max_wait 4 h, the training time, so nothing runs over', document: job('max_wait 4 h', 4) },
    { key: 'B', summary: 'max_wait 20 h, the deadline', document: job('max_wait 20 h', 20) },
    { key: 'C', summary: 'max_wait 3 h, to fail fast', document: job('max_wait 3 h', 3) },
    { key: 'D', summary: 'max_wait 48 h, so it always finishes', document: job('max_wait 48 h', 48) },
  ],
};
