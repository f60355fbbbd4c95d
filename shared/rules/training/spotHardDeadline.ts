import { nameOf } from '../helpers';
import { defineRule, issueOf } from '../types';
import { hoursLabel, switchToOnDemand, trainingJobs } from './trainingJob';

export const SPOT_HARD_DEADLINE_HOURS = 4;

export const spotHardDeadline = defineRule({
  id: 'spot-hard-deadline',
  family: 'training',
  severity: 'warning',
  firesWhen: 'Spot training has a deadline less than 4 hours away',
  why: 'The notes: a hard deadline under 4 hours away means On-Demand. There is no room to wait for Spot capacity.',
  check(ctx) {
    return trainingJobs(ctx)
      .filter((job) => job.spot && job.deadlineHours < SPOT_HARD_DEADLINE_HOURS)
      .map((job) =>
        issueOf(this, {
          nodes: [job.node.id],
          message: `${nameOf(job.node)} must finish within ${hoursLabel(job.deadlineHours)}, under the 4 h that Spot needs to be safe.`,
          fix: switchToOnDemand(job),
        }),
      );
  },
});
