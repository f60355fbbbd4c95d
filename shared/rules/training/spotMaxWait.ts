import { nameOf } from '../helpers';
import { defineRule, issueOf } from '../types';
import { hoursLabel, switchToOnDemand, trainingJobs } from './trainingJob';

export const spotMaxWait = defineRule({
  id: 'spot-max-wait',
  family: 'training',
  exam: ['MLS-C01 3.3', 'MLS-C01 4.2', 'MLA-C01 2.2', 'MLA-C01 4.2'],
  severity: 'error',
  services: ['sagemaker-training'],
  firesWhen: 'Spot training has a max wait shorter than its training time',
  why: 'SageMaker requires MaxWaitTimeInSeconds ≥ MaxRuntimeInSeconds: max_wait covers the training time plus any time waiting for Spot capacity. A shorter value is rejected.',
  check(ctx) {
    return trainingJobs(ctx)
      .filter((job) => job.spot && job.maxWaitHours !== undefined && job.maxWaitHours < job.durationHours)
      .map((job) =>
        issueOf(this, {
          nodes: [job.node.id],
          message: `${nameOf(job.node)}: max wait ${hoursLabel(job.maxWaitHours!)} is shorter than the ${hoursLabel(job.durationHours)} training time.`,
          // A deadline shorter than the job leaves no max wait that is both ≥ the training time and within the deadline.
          fix:
            job.deadlineHours < job.durationHours
              ? switchToOnDemand(job)
              : { label: `Set max wait to the ${hoursLabel(job.deadlineHours)} deadline`, ops: [{ op: 'setParam', node: job.node.id, key: 'maxWaitHours', value: job.deadlineHours }] },
        }),
      );
  },
});
