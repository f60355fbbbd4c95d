import { design, type NodeSpec } from '../../model/builder';
import type { Params } from '../../model/document';
import type { Scenario } from '../types';

const fraudJob = (overrides: Params): Params => ({
  instanceType: 'ml.m5.xlarge',
  instanceCount: 2,
  durationHours: 0.75,
  runsPerMonth: 121.7,
  deadlineHours: 2,
  critical: true,
  checkpointing: true,
  ...overrides,
});
const data: NodeSpec = { id: 'data', service: 's3', label: 'Transactions', params: { storedGb: 200 } };
const endpoint: NodeSpec = { id: 'ep', service: 'sagemaker-endpoint', label: 'Fraud scoring', params: { instanceType: 'ml.c5.large', instanceCount: 2, latencyTargetMs: 100 } };

export const seedQ3: Scenario = {
  id: 'seed-q3',
  title: 'Fraud model on a two-hour clock',
  topic: 'Spot vs On-Demand by deadline buffer',
  origin: 'study-notes',
  exam: ['MLS-C01 3.3', 'MLS-C01 4.2', 'MLA-C01 2.2', 'MLA-C01 4.2'],
  prompt:
    'A fraud-detection model retrains every 6 hours because new fraud patterns appear quickly. Training takes 45 minutes and must finish within 2 hours of the start. Should the team use Managed Spot Training?',
  requirements: ['45-minute training every 6 hours', 'Must complete within 2 hours', 'Business-critical: undetected fraud costs more than compute'],
  answer: 'B',
  decidingRules: ['spot-buffer-too-small', 'spot-hard-deadline', 'spot-wait-past-deadline'],
  checks: [
    { kind: 'flows', from: ['s3'], to: ['sagemaker-training'], text: 'Training reads the transactions' },
    { kind: 'flows', from: ['sagemaker-training'], to: ['sagemaker-endpoint'], text: 'The model is served' },
  ],
  explanation:
    'The buffer is 120 min ÷ 45 min = 2.67x, under 3x, on critical work: one or two interruptions can miss the deadline, and missed fraud costs more than the saving. So no Spot. A ignores that risk; C’s max_wait of 4 h runs past the 2 h deadline; D still starts on Spot (the same 2.67x risk) and adds a fallback path to run. Had the deadline been 12 h (16x), Spot would be the right call.',
  options: [
    {
      key: 'A',
      summary: 'Yes: Spot saves 70–90% with minimal risk',
      document: design({ title: 'Q3 A: Spot', nodes: [data, { id: 'train', service: 'sagemaker-training', label: 'Fraud retraining', params: fraudJob({ purchase: 'spot', maxWaitHours: 2 }) }, endpoint], flows: ['data>train>ep'] }),
    },
    {
      key: 'B',
      summary: 'No: the 2-hour deadline is too tight',
      document: design({ title: 'Q3 B: On-Demand', nodes: [data, { id: 'train', service: 'sagemaker-training', label: 'Fraud retraining', params: fraudJob({ purchase: 'on-demand' }) }, endpoint], flows: ['data>train>ep'] }),
    },
    {
      key: 'C',
      summary: 'Yes, with max_wait = 4 hours',
      document: design({ title: 'Q3 C: Spot, max_wait 4 h', nodes: [data, { id: 'train', service: 'sagemaker-training', label: 'Fraud retraining', params: fraudJob({ purchase: 'spot', maxWaitHours: 4 }) }, endpoint], flows: ['data>train>ep'] }),
    },
    {
      key: 'D',
      summary: 'Hybrid: Spot first, On-Demand fallback',
      document: design({
        title: 'Q3 D: Spot with On-Demand fallback',
        nodes: [
          data,
          { id: 'train', service: 'sagemaker-training', label: 'Spot attempt', params: fraudJob({ purchase: 'spot', maxWaitHours: 1.25 }), at: [1, 0] },
          { id: 'fallback', service: 'sagemaker-training', label: 'On-Demand fallback', params: fraudJob({ purchase: 'on-demand', runsPerMonth: 30 }), at: [1, 1] },
          { ...endpoint, at: [2, 0] },
        ],
        flows: ['data>train>ep', 'data>fallback>ep'],
      }),
    },
  ],
};
