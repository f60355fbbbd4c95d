import { design, type NodeSpec } from '../../model/builder';
import type { Scenario } from '../types';
import { lake, trainingJob } from './parts';

const needs = { leastOperationalOverhead: true };
const history = lake('history', [0, 1], 'Loan history');
const model = trainingJob('train', { instanceType: 'ml.m5.xlarge', durationHours: 1, runsPerMonth: 1, deadlineHours: 24 }, [1, 1], 'Credit-risk model');
// Two instances: an endpoint behind an application should not stand on one.
const endpoint: NodeSpec = { id: 'ep', service: 'sagemaker-endpoint', label: 'Credit-risk endpoint', params: { instanceType: 'ml.m5.large', instanceCount: 2, requestsPerSecond: 5 }, at: [2, 1] };
const app: NodeSpec = { id: 'app', service: 'client', label: 'Loan application', at: [3, 1] };

/** The served model, plus whatever `extra` nodes and flows watch it. */
const option = (title: string, extra: NodeSpec[], flows: string[]) =>
  design({ title, needs, nodes: [history, model, endpoint, app, ...extra], flows: ['history>train>ep>app', ...flows] });

const monitor = (schedule: 'hourly' | 'daily'): NodeSpec => ({ id: 'watch', service: 'model-monitor', label: 'Feature drift', params: { monitorType: 'data-quality', schedule, instanceCount: 1, hoursPerRun: 0.25 }, at: [3, 0] });

export const driftOnEndpoint: Scenario = {
  id: 'team-drift-on-endpoint',
  title: 'Is the model still seeing the data it learned?',
  topic: 'Monitoring models in production',
  origin: 'team',
  prompt:
    'A lender serves a credit-risk model from a SageMaker real-time endpoint. Regulators want the team to notice when the applications the model scores stop looking like the data it was trained on; a daily check is enough. The team wants the least to build and operate. Which design fits?',
  requirements: ['Model served from a real-time endpoint', 'Detect drift of the inputs from the training data', 'Checked daily', 'Least operational overhead'],
  answer: 'A',
  decidingRules: ['model-monitor-without-endpoint'],
  exam: ['MLA-C01 4.1', 'MLS-C01 4.4'],
  checks: [
    { kind: 'includes', anyOf: ['model-monitor'], text: 'Model Monitor checks for drift' },
    { kind: 'flows', from: ['sagemaker-endpoint'], to: ['model-monitor'], text: 'It watches the endpoint’s captured traffic' },
  ],
  explanation:
    'Model Monitor with data capture on the endpoint compares the captured requests with a baseline computed from the training data and reports violations to CloudWatch; a daily data-quality job on one ml.m5.xlarge for 15 minutes costs about $1.75 a month. Run hourly it does the same for about $41.98, more than a daily need calls for. A monitor pointed at the training job has no live traffic to compare (model-monitor-without-endpoint). Capturing to S3 and comparing statistics in a nightly EMR job works, but it is a cluster and a comparison to build and run (EMR is operations level 2).',
  options: [
    { key: 'A', summary: 'Endpoint with data capture → Model Monitor (data quality), daily', document: option('Model Monitor, daily', [monitor('daily')], ['ep>watch']) },
    { key: 'B', summary: 'Model Monitor attached to the training job, daily', document: option('Monitor on the training job', [monitor('daily')], ['train>watch']) },
    {
      key: 'C',
      summary: 'Endpoint captures to S3 → nightly EMR job compares statistics',
      document: option('Capture and EMR', [lake('capture', [3, 0], 'Captured requests'), { id: 'emr', service: 'emr', label: 'Drift statistics', params: { instanceCount: 3, hoursPerRun: 0.5, runsPerMonth: 30 }, at: [4, 0] }, lake('report', [5, 0], 'Drift report')], ['ep>capture>emr>report']),
    },
    { key: 'D', summary: 'Endpoint with data capture → Model Monitor (data quality), hourly', document: option('Model Monitor, hourly', [monitor('hourly')], ['ep>watch']) },
  ],
};
