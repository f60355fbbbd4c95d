import { design } from '../../model/builder';
import type { Params } from '../../model/document';
import type { Scenario } from '../types';
import { lake, predictionTable, trainingJob } from './parts';

/** The nightly job as a benchmark measured it: 6 h on one ml.p3.2xlarge, 1.2 h on one ml.p3.16xlarge (8 GPUs, data-parallel). */
const ON_P3_2XLARGE: Params = { instanceType: 'ml.p3.2xlarge', durationHours: 6 };
const ON_P3_16XLARGE: Params = { instanceType: 'ml.p3.16xlarge', durationHours: 1.2 };

const job = (title: string, params: Params) =>
  design({
    title,
    nodes: [
      lake('lake', [0, 1], 'Store sales'),
      trainingJob('train', { runsPerMonth: 30, deadlineHours: 2, critical: true, ...params }, [1, 1], 'Nightly forecast'),
      predictionTable('table', 50, [2, 1]),
    ],
    flows: ['lake>train>table'],
  });

export const impossibleDeadline: Scenario = {
  id: 'team-impossible-deadline',
  title: 'Six hours of training, two hours to deliver',
  topic: 'Deadlines no purchase option can meet',
  origin: 'team',
  exam: ['MLS-C01 3.3', 'MLA-C01 2.2'],
  prompt:
    'A grocery chain retrains its demand-forecasting model every night. On one ml.p3.2xlarge the training takes 6 hours, but replenishment orders are generated from the new model 2 hours after training starts, and late orders leave shelves empty. A benchmark of the same job on one ml.p3.16xlarge (8 GPUs, data-parallel) finished in 1.2 hours. Which plan meets the requirement?',
  requirements: ['Nightly retraining', 'Model ready 2 hours after the start', 'Late orders empty the shelves (critical)', '6 h on ml.p3.2xlarge, 1.2 h on ml.p3.16xlarge'],
  answer: 'C',
  decidingRules: ['deadline-impossible', 'spot-buffer-too-small'],
  checks: [
    { kind: 'flows', from: ['s3'], to: ['sagemaker-training'], text: 'Training reads the sales history' },
    { kind: 'flows', from: ['sagemaker-training'], to: ['dynamodb'], text: 'Forecasts are stored for the ordering system' },
  ],
  explanation:
    'A 6-hour run cannot finish in 2 hours on Spot or On-Demand: the purchase option changes the price, not the speed, so A and B miss every deadline (and A’s max_wait of 2 h is shorter than the run, which SageMaker rejects). Only the larger instance shortens the run: 1.2 h on ml.p3.16xlarge fits the 2 h deadline. On-Demand it costs 1.2 h × 30 runs × $28.152 = $1,013.47/month against $688.50 for the 6-hour runs, the price of being on time. On Spot (D) the buffer is 2 h ÷ 1.2 h = 1.67x on critical work, where one interruption misses the orders.',
  options: [
    { key: 'A', summary: 'Managed Spot Training on ml.p3.2xlarge, max_wait 2 h', document: job('Spot on ml.p3.2xlarge', { ...ON_P3_2XLARGE, purchase: 'spot', maxWaitHours: 2 }) },
    { key: 'B', summary: 'On-Demand on ml.p3.2xlarge, to avoid interruptions', document: job('On-Demand on ml.p3.2xlarge', { ...ON_P3_2XLARGE, purchase: 'on-demand' }) },
    { key: 'C', summary: 'On-Demand on one ml.p3.16xlarge (1.2 h)', document: job('On-Demand on ml.p3.16xlarge', { ...ON_P3_16XLARGE, purchase: 'on-demand' }) },
    { key: 'D', summary: 'Managed Spot Training on ml.p3.16xlarge, max_wait 2 h', document: job('Spot on ml.p3.16xlarge', { ...ON_P3_16XLARGE, purchase: 'spot', maxWaitHours: 2 }) },
  ],
};
