import type { ServiceId } from '../../catalog/serviceIds';
import { nameOf } from '../helpers';
import { defineRule, issueOf } from '../types';

const JOBS: ReadonlySet<ServiceId> = new Set(['sagemaker-training', 'sagemaker-processing', 'glue-etl', 'glue-databrew', 'emr', 'data-wrangler', 'ground-truth', 'glue-data-catalog']);

export const trainingWithoutData = defineRule({
  id: 'training-without-data',
  family: 'training',
  exam: ['MLS-C01 1.3', 'MLS-C01 3.3', 'MLA-C01 1.2', 'MLA-C01 2.2'],
  severity: 'error',
  firesWhen: 'a training or processing job (or a crawler, a Data Wrangler flow, a labelling job) has no data flowing in',
  why: 'A training or processing job reads its input from a data channel, usually an S3 prefix; so do a crawler, a Data Wrangler flow and a labelling job. Without one it has nothing to work on, and an orchestrator starting it brings no data.',
  check(ctx) {
    const issues = [];
    for (let i = 0; i < ctx.nodes.length; i++) {
      const node = ctx.nodes[i]!;
      if (!JOBS.has(node.service)) continue;
      if (ctx.hasValidInput(i)) continue;
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
