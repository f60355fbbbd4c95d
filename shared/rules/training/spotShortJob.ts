import { nameOf } from '../helpers';
import { defineRule, issueOf } from '../types';
import { hoursLabel, switchToOnDemand, trainingJobs } from './trainingJob';

export const spotShortJob = defineRule({
  id: 'spot-short-job',
  family: 'training',
  exam: ['MLS-C01 3.3', 'MLS-C01 4.2', 'MLA-C01 2.2', 'MLA-C01 4.2'],
  severity: 'tip',
  services: ['sagemaker-training'],
  firesWhen: 'Spot training runs for less than 30 minutes',
  why: 'Very short jobs save little in absolute terms and can lose more time to capacity waits and start-up than they run; the notes list jobs under 30 minutes as On-Demand.',
  check(ctx) {
    return trainingJobs(ctx)
      .filter((job) => job.spot && job.durationHours < 0.5)
      .map((job) =>
        issueOf(this, {
          nodes: [job.node.id],
          message: `${nameOf(job.node)} trains for ${hoursLabel(job.durationHours)}; Spot saves little on jobs under 30 min.`,
          fix: switchToOnDemand(job),
        }),
      );
  },
});
