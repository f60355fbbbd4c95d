import { nameOf } from '../helpers';
import { defineRule, issueOf } from '../types';
import { hoursLabel, trainingJobs } from './trainingJob';

export const spotNoCheckpointing = defineRule({
  id: 'spot-no-checkpointing',
  family: 'training',
  exam: ['MLS-C01 3.3', 'MLS-C01 4.1', 'MLS-C01 4.2', 'MLA-C01 2.2', 'MLA-C01 4.2'],
  severity: 'warning',
  services: ['sagemaker-training'],
  firesWhen: 'Spot training of an hour or more runs without checkpointing',
  why: 'SageMaker resumes an interrupted Spot job from the checkpoints it saved to S3. Without them every interruption restarts training from zero.',
  check(ctx) {
    return trainingJobs(ctx)
      .filter((job) => job.spot && !job.checkpointing && job.durationHours >= 1)
      .map((job) =>
        issueOf(this, {
          nodes: [job.node.id],
          message: `${nameOf(job.node)} runs ${hoursLabel(job.durationHours)} on Spot without checkpoints; an interruption restarts it from zero.`,
          fix: { label: 'Enable checkpointing', ops: [{ op: 'setParam', node: job.node.id, key: 'checkpointing', value: true }] },
        }),
      );
  },
});
