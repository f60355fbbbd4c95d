import { nameOf } from '../helpers';
import { defineRule, issueOf } from '../types';
import { hoursLabel, ratioLabel, switchToOnDemand, trainingJobs } from './trainingJob';

export const spotBufferGreyZone = defineRule({
  id: 'spot-buffer-grey-zone',
  family: 'training',
  exam: ['MLS-C01 3.3', 'MLS-C01 4.2', 'MLA-C01 2.2', 'MLA-C01 4.2'],
  severity: 'warning',
  services: ['sagemaker-training'],
  firesWhen: 'Spot training has a buffer ratio between 3 and 4 — a tip when the job is not critical',
  why: 'The notes call Spot safe above a 4× buffer. Between 3× and 4× it can work, but only with checkpointing and a max_wait that still fits the deadline; on critical work review whether the deadline really allows it. Work that is not critical is in Spot’s column here (the notes: flexible deadlines of 2–4× the training time), so for it this is only a reminder of the risk.',
  check(ctx) {
    return trainingJobs(ctx)
      .filter((job) => job.spot && job.bufferRatio >= 3 && job.bufferRatio <= 4)
      .map((job) => {
        const needsSetup = !job.checkpointing || job.maxWaitHours === undefined || job.maxWaitHours > job.deadlineHours;
        const fix = needsSetup
          ? {
              label: 'Enable checkpointing and cap max wait at the deadline',
              ops: [
                { op: 'setParam' as const, node: job.node.id, key: 'checkpointing', value: true },
                { op: 'setParam' as const, node: job.node.id, key: 'maxWaitHours', value: job.deadlineHours },
              ],
            }
          : switchToOnDemand(job);
        return issueOf(this, {
          severity: job.critical ? 'warning' : 'tip',
          nodes: [job.node.id],
          message: `${nameOf(job.node)}: ${hoursLabel(job.deadlineHours)} ÷ ${hoursLabel(job.durationHours)} = ${ratioLabel(job.bufferRatio)} buffer, in the 3–4x grey zone for Spot${job.critical ? ' on critical work' : ''}.`,
          fix,
        });
      });
  },
});
