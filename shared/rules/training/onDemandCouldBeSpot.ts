import { formatMoney } from '../../util/numbers';
import { nameOf } from '../helpers';
import { defineRule, issueOf } from '../types';
import { hoursLabel, ratioLabel, trainingJobs } from './trainingJob';

export const onDemandCouldBeSpot = defineRule({
  id: 'on-demand-could-be-spot',
  family: 'training',
  exam: ['MLS-C01 3.3', 'MLS-C01 4.2', 'MLA-C01 2.2', 'MLA-C01 4.2'],
  severity: 'tip',
  services: ['sagemaker-training'],
  firesWhen: 'non-critical On-Demand training has a buffer ratio above 4 and runs 30 minutes or more',
  why: 'Flexible, non-critical batch retraining (daily or weekly, deadline well over 4× the training time) is exactly Spot’s case: 70–90% cheaper, with checkpointing to absorb interruptions.',
  check(ctx) {
    return trainingJobs(ctx)
      .filter((job) => !job.spot && !job.critical && job.bufferRatio > 4 && job.durationHours >= 0.5)
      .map((job) => {
        const saving = ctx.nodeCost[job.index]! * ctx.spotDiscount;
        return issueOf(this, {
          nodes: [job.node.id],
          message: `${nameOf(job.node)} has a ${ratioLabel(job.bufferRatio)} buffer (${hoursLabel(job.deadlineHours)} ÷ ${hoursLabel(job.durationHours)}); Spot would save about ${formatMoney(saving)}/month.`,
          fix: {
            label: 'Switch to Spot with checkpointing',
            ops: [
              { op: 'setParam', node: job.node.id, key: 'purchase', value: 'spot' },
              { op: 'setParam', node: job.node.id, key: 'checkpointing', value: true },
              { op: 'setParam', node: job.node.id, key: 'maxWaitHours', value: job.deadlineHours },
            ],
          },
        });
      });
  },
});
