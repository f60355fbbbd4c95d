import type { Severity } from '../../analysis/types';
import { nameOf } from '../helpers';
import { defineRule, issueOf } from '../types';
import { hoursLabel, ratioLabel, switchToOnDemand, trainingJobs, type TrainingJob } from './trainingJob';

/** Below this buffer Spot is wrong for critical work (the notes: "buffer ratio < 3x + critical business = On-Demand"). */
const CRITICAL_MIN_RATIO = 3;
/** The notes put flexible deadlines of 2–4x the training time in Spot’s column; below 2x even non-critical work is warned. */
const FLEXIBLE_MIN_RATIO = 2;

/** Critical below 3x: an error; not critical below 2x: a warning; not critical from 2x to 3x: a tip (the risk, no penalty). */
function severityOf(job: TrainingJob): Severity {
  if (job.critical) return 'error';
  return job.bufferRatio < FLEXIBLE_MIN_RATIO ? 'warning' : 'tip';
}

function verdictOf(job: TrainingJob): string {
  if (job.critical) return `below ${CRITICAL_MIN_RATIO}x on critical work`;
  if (job.bufferRatio < FLEXIBLE_MIN_RATIO) return `below ${FLEXIBLE_MIN_RATIO}x`;
  return `below ${CRITICAL_MIN_RATIO}x: an interruption or two could miss the deadline, a risk work that is not critical can take`;
}

export const spotBufferTooSmall = defineRule({
  id: 'spot-buffer-too-small',
  family: 'training',
  exam: ['MLS-C01 3.3', 'MLS-C01 4.2', 'MLA-C01 2.2', 'MLA-C01 4.2'],
  severity: 'warning',
  services: ['sagemaker-training'],
  firesWhen:
    'Spot training has a buffer ratio (deadline ÷ training time) below 3 — an error when the job is critical; when it is not, a warning below 2 and a tip from 2 to 3',
  why: 'Each Spot interruption costs a restart from the last checkpoint plus the wait for capacity; with less than 3× the training time before the deadline, one or two interruptions can miss it. When missing the deadline hurts the business, that risk outweighs the saving (the notes: buffer below 3x and critical = On-Demand). Work that is not critical can take the risk from 2× up: the notes put flexible deadlines of 2–4× the training time in Spot’s column, so there it is only shown, not held against the design.',
  check(ctx) {
    return trainingJobs(ctx)
      .filter((job) => job.spot && job.fitsDeadline && job.bufferRatio < CRITICAL_MIN_RATIO)
      .map((job) =>
        issueOf(this, {
          severity: severityOf(job),
          nodes: [job.node.id],
          message: `${nameOf(job.node)}: ${hoursLabel(job.deadlineHours)} deadline ÷ ${hoursLabel(job.durationHours)} training = ${ratioLabel(job.bufferRatio)} buffer, ${verdictOf(job)}.`,
          fix: switchToOnDemand(job),
        }),
      );
  },
});
