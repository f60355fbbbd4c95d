import { stepsRunBy } from '../../analysis/orchestration';
import { catalog } from '../../catalog/index';
import { PIPELINES_NATIVE_STEPS } from '../../catalog/orchestration';
import { nameOf, nodesOf } from '../helpers';
import { defineRule, issueOf } from '../types';

export const pipelinesStepUnsupported = defineRule({
  id: 'pipelines-step-unsupported',
  family: 'training',
  severity: 'warning',
  services: ['sagemaker-pipelines'],
  firesWhen: 'SageMaker Pipelines runs a step it has no step type for (Glue ETL, DataBrew, a Glue crawler, Ground Truth)',
  why: 'SageMaker Pipelines has step types for SageMaker jobs (processing — which also runs Data Wrangler flows —, training, tuning, transform, model registration), EMR and Lambda. A Glue job, a crawler or a labelling job needs a Lambda or callback step that someone writes, polls and maintains. Step Functions starts and waits for Glue, DataBrew, crawlers and SageMaker jobs through its service integrations, so a workflow that mixes them is less to build there.',
  exam: ['MLA-C01 3.3'],
  check(ctx) {
    const issues = [];
    for (const i of nodesOf(ctx, 'sagemaker-pipelines')) {
      const unsupported = stepsRunBy(ctx, i).filter((step) => !PIPELINES_NATIVE_STEPS.has(ctx.nodes[step]!.service));
      if (unsupported.length === 0) continue;
      const node = ctx.nodes[i]!;
      const names = unsupported.map((step) => `${nameOf(ctx.nodes[step]!)} (${catalog[ctx.nodes[step]!.service].shortName})`).join(', ');
      issues.push(
        issueOf(this, {
          nodes: [node.id, ...unsupported.map((step) => ctx.nodes[step]!.id)],
          message: `${nameOf(node)} has no step type for ${names}: each needs a Lambda or callback step you write and run.`,
          fix: { label: 'Orchestrate with Step Functions', ops: [{ op: 'replaceService', node: node.id, service: 'step-functions' }] },
        }),
      );
    }
    return issues;
  },
});
