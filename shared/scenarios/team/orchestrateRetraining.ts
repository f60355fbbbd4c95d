import { design, type NodeSpec } from '../../model/builder';
import type { Scenario } from '../types';
import { lake, trainingJob } from './parts';

const needs = { leastOperationalOverhead: true };
const weekly = { runsPerMonth: 4.35 };
const raw = lake('raw', [0, 1], 'Claims data');
const features = lake('features', [2, 1], 'Feature set');
const model = trainingJob('train', { instanceType: 'ml.m5.xlarge', durationHours: 2, deadlineHours: 24, ...weekly }, [3, 1], 'Weekly retraining');
const artifacts = lake('models', [4, 1], 'Model artifacts');

/** Raw data → `prep` → features → training → artifacts, with `orchestrator` running prep and training. */
const option = (title: string, orchestrator: NodeSpec, prep: NodeSpec) =>
  design({
    title,
    needs,
    nodes: [raw, { ...prep, at: [1, 1] }, features, model, artifacts, { ...orchestrator, at: [2, 0] }],
    flows: [`raw>${prep.id}>features>train>models`, `${orchestrator.id}>${prep.id}`, `${orchestrator.id}>train`],
  });

const glueJob: NodeSpec = { id: 'prep', service: 'glue-etl', label: 'Claims ETL (existing)', params: { dpus: 10, hoursPerRun: 0.5, ...weekly } };
const stepFunctions: NodeSpec = { id: 'flow', service: 'step-functions', label: 'Retraining workflow', params: { ...weekly, otherStatesPerRun: 2 } };
const pipelines: NodeSpec = { id: 'flow', service: 'sagemaker-pipelines', label: 'Retraining pipeline', params: weekly };

export const orchestrateRetraining: Scenario = {
  id: 'team-orchestrate-retraining',
  title: 'Chain the Glue job and the retraining',
  topic: 'Orchestration',
  origin: 'team',
  prompt:
    'An insurer’s data engineers own a Glue ETL job that builds the claims feature set. Every week the data science team must run that job, then retrain a SageMaker model on its output, and only start training once the job has succeeded. They want the workflow automated with the least to build and operate, keeping the existing Glue job. What should orchestrate it?',
  requirements: ['Existing Glue ETL job, then SageMaker training', 'Training starts only after the job succeeds', 'Weekly, automated', 'Least operational overhead'],
  answer: 'A',
  decidingRules: ['pipelines-step-unsupported'],
  exam: ['MLA-C01 3.3', 'MLS-C01 4.4'],
  checks: [
    { kind: 'includes', anyOf: ['step-functions', 'sagemaker-pipelines'], text: 'An orchestrator runs the steps' },
    { kind: 'flows', from: ['glue-etl'], to: ['sagemaker-training'], text: 'Training reads the Glue job’s output' },
  ],
  explanation:
    'Step Functions starts the Glue job, waits for it with its Glue integration, then starts the training job: serverless, about 4 state transitions a run (a fraction of a cent a month). SageMaker Pipelines is the natural home for SageMaker steps, but it has no Glue step: the Glue job would need a Lambda or callback step written and maintained by the team (pipelines-step-unsupported). Rewriting the job as a SageMaker Processing step to suit Pipelines adds instances to size (operations score 2 against 1), and replacing it with an EMR cluster adds a cluster to run.',
  options: [
    { key: 'A', summary: 'Step Functions runs the Glue job, then SageMaker training', document: option('Step Functions', stepFunctions, glueJob) },
    { key: 'B', summary: 'SageMaker Pipelines runs the Glue job (through a Lambda step), then training', document: option('Pipelines with a Glue job', pipelines, glueJob) },
    { key: 'C', summary: 'SageMaker Pipelines runs a Processing job rewritten from the Glue job, then training', document: option('Pipelines with Processing', pipelines, { id: 'prep', service: 'sagemaker-processing', label: 'Claims features (rewritten)', params: { instanceCount: 2, hoursPerRun: 0.5, ...weekly } }) },
    { key: 'D', summary: 'Step Functions runs an EMR Spark job, then training', document: option('Step Functions with EMR', stepFunctions, { id: 'prep', service: 'emr', label: 'Claims features on EMR', params: { instanceCount: 3, hoursPerRun: 0.5, ...weekly } }) },
  ],
};
