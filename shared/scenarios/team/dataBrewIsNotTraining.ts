import { design } from '../../model/builder';
import type { Scenario } from '../types';
import { lake, trainingJob } from './parts';

const endpoint = { id: 'ep', service: 'sagemaker-endpoint' as const, label: 'Churn scores', params: { instanceType: 'ml.c5.large', latencyTargetMs: 200 } };
const brew = { id: 'brew', service: 'glue-databrew' as const, label: 'Clean-up recipe', params: { nodes: 5, hoursPerRun: 0.5, runsPerMonth: 30 } };
const retrain = trainingJob('train', { purchase: 'spot', instanceType: 'ml.m5.xlarge', durationHours: 1, runsPerMonth: 30, deadlineHours: 12, maxWaitHours: 12 }, [3, 1], 'Churn model');

export const dataBrewIsNotTraining: Scenario = {
  id: 'team-databrew',
  title: 'Analysts clean, then who trains?',
  topic: 'DataBrew is data preparation, not training',
  origin: 'team',
  exam: ['MLS-C01 1.3', 'MLS-C01 4.2', 'MLA-C01 1.2'],
  prompt:
    'Business analysts clean customer data with visual recipes, without code. The cleaned data must feed a churn model that is served in real time. Which pipeline is correct and cheapest?',
  requirements: ['No-code data cleaning', 'A trained churn model', 'Real-time endpoint'],
  answer: 'B',
  decidingRules: ['databrew-not-training', 'invalid-connection'],
  checks: [
    { kind: 'includes', anyOf: ['glue-databrew'], text: 'No-code cleaning (DataBrew)' },
    { kind: 'flows', from: ['sagemaker-training'], to: ['sagemaker-endpoint'], text: 'A trained model is served in real time' },
  ],
  explanation:
    'DataBrew is visual data preparation: it cleans and shapes data with recipes, it does not train models. The cleaned data still goes to S3 and a SageMaker training job, whose model the endpoint serves. Glue ETL could clean the data too, but it needs code and costs more here (10 DPUs vs 5 DataBrew nodes).',
  options: [
    { key: 'A', summary: 'S3 → DataBrew → endpoint', document: design({ title: 'DataBrew to endpoint', nodes: [lake('raw', [0, 1], 'Customer data'), { ...brew, at: [1, 1] }, { ...endpoint, at: [2, 1] }], flows: ['raw>brew>ep'] }) },
    {
      key: 'B',
      summary: 'S3 → DataBrew → S3 → SageMaker Training → endpoint',
      document: design({ title: 'DataBrew, then training', nodes: [lake('raw', [0, 1], 'Customer data'), { ...brew, at: [1, 1] }, lake('clean', [2, 1], 'Cleaned data'), retrain, { ...endpoint, at: [4, 1] }], flows: ['raw>brew>clean>train>ep'] }),
    },
    {
      key: 'C',
      summary: 'S3 → Glue ETL → S3 → SageMaker Training → endpoint',
      document: design({ title: 'Glue ETL, then training', nodes: [lake('raw', [0, 1], 'Customer data'), { id: 'glue', service: 'glue-etl', label: 'Clean-up job', params: { dpus: 10, hoursPerRun: 0.5, runsPerMonth: 30 }, at: [1, 1] }, lake('clean', [2, 1], 'Cleaned data'), retrain, { ...endpoint, at: [4, 1] }], flows: ['raw>glue>clean>train>ep'] }),
    },
    {
      key: 'D',
      summary: 'S3 → DataBrew → Lambda → endpoint',
      document: design({ title: 'DataBrew and Lambda', nodes: [lake('raw', [0, 1], 'Customer data'), { ...brew, at: [1, 1] }, { id: 'fn', service: 'lambda', label: 'Scoring glue', params: { invocationsPerSecond: 1 }, at: [2, 1] }, { ...endpoint, at: [3, 1] }], flows: ['raw>brew>fn>ep'] }),
    },
  ],
};
