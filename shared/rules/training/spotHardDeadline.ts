import { nameOf } from '../helpers';
import { defineRule, issueOf } from '../types';
import { hoursLabel, switchToOnDemand, trainingJobs } from './trainingJob';

const SPOT_HARD_DEADLINE_HOURS = 4;

export const spotHardDeadline = defineRule({
  id: 'spot-hard-deadline',
  family: 'training',
  exam: ['MLS-C01 3.3', 'MLS-C01 4.2', 'MLA-C01 2.2', 'MLA-C01 4.2'],
  severity: 'warning',
  services: ['sagemaker-training'],
  firesWhen: 'critical Spot training has a deadline less than 4 hours away',
  why: 'The notes: a hard deadline under 4 hours away means On-Demand; there is no room to wait for Spot capacity. A deadline is hard when missing it hurts the business (the job is critical); the deadline of work that is not critical can slip, so for it the buffer ratio alone decides.',
  check(ctx) {
    return trainingJobs(ctx)
      .filter((job) => job.spot && job.critical && job.fitsDeadline && job.deadlineHours < SPOT_HARD_DEADLINE_HOURS)
      .map((job) =>
        issueOf(this, {
          nodes: [job.node.id],
          message: `${nameOf(job.node)} must finish within ${hoursLabel(job.deadlineHours)}, under the 4 h that Spot needs to be safe.`,
          fix: switchToOnDemand(job),
        }),
      );
  },
});
