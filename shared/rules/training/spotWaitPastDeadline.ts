import { nameOf } from '../helpers';
import { defineRule, issueOf } from '../types';
import { hoursLabel, switchToOnDemand, trainingJobs } from './trainingJob';

export const spotWaitPastDeadline = defineRule({
  id: 'spot-wait-past-deadline',
  family: 'training',
  exam: ['MLS-C01 3.3', 'MLS-C01 4.2', 'MLA-C01 2.2', 'MLA-C01 4.2'],
  severity: 'warning',
  services: ['sagemaker-training'],
  firesWhen: 'Spot training may wait (max wait) past its deadline',
  why: 'A max_wait longer than the deadline lets the job still be waiting for Spot capacity when the model was due. Cap it at the deadline so a late job fails early and can be rerun On-Demand.',
  check(ctx) {
    return trainingJobs(ctx)
      .filter((job) => job.spot && job.maxWaitHours !== undefined && job.maxWaitHours > job.deadlineHours)
      .map((job) =>
        issueOf(this, {
          nodes: [job.node.id],
          message: `${nameOf(job.node)} may wait up to ${hoursLabel(job.maxWaitHours!)}, past its ${hoursLabel(job.deadlineHours)} deadline.`,
          // Capping max wait below the training time would break SageMaker's max_wait ≥ training time.
          fix:
            job.deadlineHours < job.durationHours
              ? switchToOnDemand(job)
              : { label: `Set max wait to ${hoursLabel(job.deadlineHours)}`, ops: [{ op: 'setParam', node: job.node.id, key: 'maxWaitHours', value: job.deadlineHours }] },
        }),
      );
  },
});
