import { nameOf } from '../helpers';
import { defineRule, issueOf } from '../types';
import { hoursLabel, ratioLabel, switchToOnDemand, trainingJobs } from './trainingJob';

export const spotBufferTooSmall = defineRule({
  id: 'spot-buffer-too-small',
  family: 'training',
  severity: 'warning',
  firesWhen: 'Spot training has a buffer ratio (deadline ÷ training time) below 3 — an error when the job is critical',
  why: 'Each Spot interruption costs a restart from the last checkpoint plus the wait for capacity; with less than 3× the training time before the deadline, one or two interruptions can miss it. When missing the deadline hurts the business, that risk outweighs the saving.',
  check(ctx) {
    return trainingJobs(ctx)
      .filter((job) => job.spot && job.bufferRatio < 3)
      .map((job) =>
        issueOf(this, {
          severity: job.critical ? 'error' : 'warning',
          nodes: [job.node.id],
          message: `${nameOf(job.node)}: ${hoursLabel(job.deadlineHours)} deadline ÷ ${hoursLabel(job.durationHours)} training = ${ratioLabel(job.bufferRatio)} buffer, below 3x${job.critical ? ' on critical work' : ''}.`,
          fix: switchToOnDemand(job),
        }),
      );
  },
});
