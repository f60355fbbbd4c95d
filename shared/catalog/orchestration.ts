import { instanceCount, runsPerMonth } from './commonParams';
import type { ServiceId } from './serviceIds';
import type { ServiceDefinition } from './types';

/**
 * The services an orchestrator can start as a step (Step Functions through its service integrations,
 * SageMaker Pipelines through its step types or a Lambda step). An edge from an orchestrator to one of
 * them means "runs it"; it carries no data.
 */
export const ORCHESTRATED_STEPS: ReadonlySet<ServiceId> = new Set([
  'lambda',
  'glue-etl',
  'glue-databrew',
  'glue-data-catalog',
  'data-wrangler',
  'ground-truth',
  'emr',
  'sagemaker-processing',
  'sagemaker-training',
]);

/**
 * The steps SageMaker Pipelines runs with a step type of its own (Processing — which is how a Data
 * Wrangler flow runs —, Training, EMR, Lambda). Anything else needs a Lambda or callback step written
 * and run by the team (SageMaker Developer Guide, "Pipelines steps", read 2026-12).
 */
export const PIPELINES_NATIVE_STEPS: ReadonlySet<ServiceId> = new Set(['lambda', 'emr', 'sagemaker-processing', 'sagemaker-training', 'data-wrangler']);

const executionsPerMonth = { ...runsPerMonth, default: 4.35, help: 'Executions a month (weekly ≈ 4.35, daily ≈ 30).' } as const;

export const sagemakerPipelines = {
  id: 'sagemaker-pipelines',
  name: 'Amazon SageMaker Pipelines',
  shortName: 'SageMaker Pipelines',
  category: 'orchestration',
  icon: 'AmazonSageMakerAI.svg',
  accepts: [],
  emits: ['control'],
  passThrough: false,
  operationsLevel: 0,
  batch: false,
  facts: {
    scaling: 'Serverless workflow of ML steps (processing, training, tuning, evaluation, condition, model registration).',
    management: 'None to run: a pipeline definition in the SageMaker Python SDK; step caching and lineage are built in.',
    latency: 'Runs when started: on a schedule, from EventBridge or from CI/CD.',
    costModel: 'No charge for Pipelines itself: you pay for the jobs its steps run.',
    examTip: 'The ML-native orchestrator: retraining workflows with evaluation, a condition step and the Model Registry, with the least glue code. Draw an edge to each step it runs.',
  },
  params: [executionsPerMonth],
} as const satisfies ServiceDefinition;

export const stepFunctions = {
  id: 'step-functions',
  name: 'AWS Step Functions',
  shortName: 'Step Functions',
  category: 'orchestration',
  icon: 'AWSStepFunctions.svg',
  accepts: [],
  emits: ['control'],
  passThrough: false,
  operationsLevel: 0,
  batch: false,
  facts: {
    scaling: 'Serverless state machines; Standard workflows run up to a year, exactly once.',
    management: 'None to run: a state machine in Amazon States Language or Workflow Studio.',
    latency: 'Starts a step within milliseconds of the previous one finishing; waits for jobs with .sync integrations.',
    costModel: 'Standard workflows: $0.025 per 1,000 state transitions (4,000 a month free per account, not counted here).',
    examTip: 'The general-purpose orchestrator: chains Glue, EMR, Lambda, DataBrew and SageMaker jobs with retries, branches and human approval. Draw an edge to each step it runs.',
  },
  params: [
    executionsPerMonth,
    { kind: 'number', key: 'otherStatesPerRun', label: 'Other states per run', unit: 'states', default: 2, min: 0, max: 1000, integer: true, help: 'States an execution passes through besides the steps drawn (Choice, Wait, Pass, Succeed), each one state transition. Retries count too.' },
  ],
} as const satisfies ServiceDefinition;

export const modelMonitor = {
  id: 'model-monitor',
  name: 'Amazon SageMaker Model Monitor',
  shortName: 'Model Monitor',
  category: 'orchestration',
  icon: 'AmazonSageMakerAI.svg',
  accepts: ['predictions'],
  emits: [],
  passThrough: false,
  operationsLevel: 1,
  batch: false,
  facts: {
    scaling: 'Scheduled monitoring jobs compare an endpoint’s captured requests and responses with a baseline from the training data.',
    management: 'Low: enable data capture on the endpoint, suggest a baseline, create a schedule; violations go to CloudWatch.',
    latency: 'Hourly at the most often; it does not sit in the request path.',
    costModel: 'Per instance-hour of the monitoring jobs (Processing rates), plus the captured data in S3.',
    examTip: 'Detects data drift (data quality), model quality decay (needs ground-truth labels), bias drift and feature attribution drift on an endpoint. It needs data capture on that endpoint.',
  },
  params: [
    { kind: 'enum', key: 'monitorType', label: 'Monitors', options: ['data-quality', 'model-quality', 'bias-drift', 'feature-attribution-drift'], default: 'data-quality', help: 'data-quality: drift of the inputs from the baseline. model-quality: accuracy against ground-truth labels you supply. bias-drift and feature-attribution-drift: SageMaker Clarify checks.' },
    { kind: 'enum', key: 'schedule', label: 'Schedule', options: ['hourly', 'daily'], default: 'hourly', help: 'How often a monitoring job runs.' },
    { ...instanceCount, help: 'ml.m5.xlarge instances per monitoring job.' },
    { kind: 'number', key: 'hoursPerRun', label: 'Hours per job', unit: 'h', default: 0.25, min: 0.01, max: 24, help: 'How long one monitoring job runs.' },
  ],
} as const satisfies ServiceDefinition;
