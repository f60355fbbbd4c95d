import type { ServiceId } from '../../catalog/serviceIds';
import { nameOf, nodesOfAny } from '../helpers';
import { defineRule, issueOf } from '../types';

const JOBS: readonly ServiceId[] = ['sagemaker-training', 'sagemaker-processing', 'glue-etl', 'glue-databrew', 'emr', 'data-wrangler', 'ground-truth', 'glue-data-catalog'];

export const trainingWithoutData = defineRule({
  id: 'training-without-data',
  family: 'training',
  exam: ['MLS-C01 1.3', 'MLS-C01 3.3', 'MLA-C01 1.2', 'MLA-C01 2.2'],
  severity: 'error',
  services: JOBS,
  firesWhen: 'a training or processing job (or a crawler, a Data Wrangler flow, a labelling job) has no data flowing in',
  why: 'A training or processing job reads its input from a data channel, usually an S3 prefix; so do a crawler, a Data Wrangler flow and a labelling job. Without one it has nothing to work on, and an orchestrator starting it brings no data.',
  check(ctx) {
    const issues = [];
    for (const i of nodesOfAny(ctx, JOBS)) {
      if (ctx.hasValidInput(i)) continue;
      const node = ctx.nodes[i]!;
      issues.push(
        issueOf(this, {
          nodes: [node.id],
          message: `${nameOf(node)} has no input: connect the data it reads.`,
          fix: { label: 'Add an S3 bucket as its input', ops: [{ op: 'insertBefore', target: node.id, service: 's3', label: 'Training data' }] },
        }),
      );
    }
    return issues;
  },
});
