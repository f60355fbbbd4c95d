import { nameOf } from '../helpers';
import { defineRule, issueOf } from '../types';
import { hoursLabel, trainingJobs } from './trainingJob';

/**
 * No one-step fix, by decision: a faster run would need more or larger instances, and the catalog cannot
 * say how much faster they make a given job. AWS publishes each training instance type's vCPUs, GPUs and
 * memory, not a training throughput; the speed-up depends on the model, the framework and how well it
 * scales across GPUs and instances. A figure Pipeboard cannot source is not offered as a fix.
 */
export const deadlineImpossible = defineRule({
  id: 'deadline-impossible',
  family: 'training',
  exam: ['MLS-C01 3.3', 'MLA-C01 2.2'],
  severity: 'error',
  services: ['sagemaker-training'],
  firesWhen: 'a training run takes longer than its deadline, whatever its purchase option',
  why: 'The training time is the run’s wall time on its instances, so a run longer than its deadline is late on Spot and On-Demand alike: the purchase option changes the price, not the speed. Only a shorter run (distributed training on more or larger instances, less data, fewer epochs, a warm start) or a later deadline fixes it. How much faster more or larger instances would make a job depends on the model and on how well it scales, and AWS publishes no training throughput per instance type, so Pipeboard offers no one-step fix.',
  check(ctx) {
    return trainingJobs(ctx)
      .filter((job) => !job.fitsDeadline)
      .map((job) =>
        issueOf(this, {
          nodes: [job.node.id],
          message: `${nameOf(job.node)} trains for ${hoursLabel(job.durationHours)} but must be ready within ${hoursLabel(job.deadlineHours)}: neither Spot nor On-Demand can meet that. Pipeboard cannot tell how much faster more or larger instances would make this job; shorten the job or move the deadline.`,
        }),
      );
  },
});
