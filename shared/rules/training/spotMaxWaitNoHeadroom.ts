import { nameOf } from '../helpers';
import { defineRule, issueOf } from '../types';
import { bufferRatio, hoursLabel, trainingJobs, type TrainingJob } from './trainingJob';

/** max wait ÷ training time that leaves room for one interruption: half the training time again for the restart and the capacity wait. */
const HEADROOM_RATIO = 1.5;

/** Max wait is valid (≥ the training time) but leaves less than half the training time again. */
function lacksHeadroom(job: TrainingJob): boolean {
  if (!job.spot || job.maxWaitHours === undefined || job.maxWaitHours < job.durationHours) return false;
  return bufferRatio(job.maxWaitHours, job.durationHours) < HEADROOM_RATIO;
}

/** "max wait 6 h equals" / "max wait 7 h is only 1 h above" */
function headroomText(job: TrainingJob): string {
  const maxWait = job.maxWaitHours!;
  const slack = maxWait - job.durationHours;
  return slack <= 0 ? `max wait ${hoursLabel(maxWait)} equals` : `max wait ${hoursLabel(maxWait)} is only ${hoursLabel(slack)} above`;
}

export const spotMaxWaitNoHeadroom = defineRule({
  id: 'spot-max-wait-no-headroom',
  family: 'training',
  exam: ['MLS-C01 3.3', 'MLS-C01 4.2', 'MLA-C01 2.2', 'MLA-C01 4.2'],
  severity: 'warning',
  services: ['sagemaker-training'],
  firesWhen: 'Spot training has a max wait of at least its training time but under 1.5 times it, while the deadline allows more',
  why: 'SageMaker counts the time spent waiting for Spot capacity, and the restart after an interruption, against max_wait: it is "the amount of time spent waiting for Spot capacity plus the amount of time the job can run" (SageMaker API Reference, StoppingCondition, 2026-11), and a job that runs out of it stops with MaxWaitTimeExceeded (SageMaker Developer Guide, Managed Spot Training lifecycle, 2026-11). A max_wait at or just above the training time is accepted but leaves no room for a single interruption. Pipeboard asks for half the training time again (1.5×) and sets max_wait to the deadline, the most the business can wait.',
  check(ctx) {
    // When the deadline itself is under 1.5x the training time, no max wait can fit both; spot-buffer-too-small speaks for that.
    return trainingJobs(ctx)
      .filter((job) => lacksHeadroom(job) && job.bufferRatio >= HEADROOM_RATIO)
      .map((job) =>
        issueOf(this, {
          nodes: [job.node.id],
          message: `${nameOf(job.node)}: ${headroomText(job)} the ${hoursLabel(job.durationHours)} training time, no room for a single interruption (it needs at least ${hoursLabel(job.durationHours * HEADROOM_RATIO)}).`,
          fix: { label: `Set max wait to the ${hoursLabel(job.deadlineHours)} deadline`, ops: [{ op: 'setParam', node: job.node.id, key: 'maxWaitHours', value: job.deadlineHours }] },
        }),
      );
  },
});
