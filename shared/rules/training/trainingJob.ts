import { serviceNodeAt, type AnalysisContext } from '../../analysis/context';
import type { PipelineNode } from '../../model/document';
import { booleanParam, enumParam, numberParam, optionalNumberParam } from '../../model/params';
import { formatNumber } from '../../util/numbers';
import { nodesOf } from '../helpers';

/** A SageMaker training node's settings as the Spot rules read them. */
export interface TrainingJob {
  index: number;
  node: PipelineNode;
  spot: boolean;
  durationHours: number;
  deadlineHours: number;
  /** deadline ÷ training time: the notes' buffer ratio. */
  bufferRatio: number;
  critical: boolean;
  checkpointing: boolean;
  maxWaitHours: number | undefined;
  /** The run fits in its deadline at all (training time ≤ deadline); when not, deadline-impossible speaks for it. */
  fitsDeadline: boolean;
}

/**
 * deadline ÷ training time (or max wait ÷ training time), without floating-point dust: 2.4 h ÷ 0.8 h is 3,
 * not 2.9999999999999996.
 */
export function bufferRatio(hours: number, durationHours: number): number {
  return Math.round((hours / durationHours) * 1e9) / 1e9;
}

/** The design's training jobs, read once per analysis and shared by the Spot and deadline rules. */
export function trainingJobs(ctx: AnalysisContext): readonly TrainingJob[] {
  return ctx.shared(readTrainingJobs);
}

function readTrainingJobs(ctx: AnalysisContext): TrainingJob[] {
  return nodesOf(ctx, 'sagemaker-training').map((index) => {
    const node = serviceNodeAt(ctx, index, 'sagemaker-training');
    const durationHours = numberParam(node, 'durationHours');
    const deadlineHours = numberParam(node, 'deadlineHours');
    return {
      index,
      node,
      spot: enumParam(node, 'purchase') === 'spot',
      durationHours,
      deadlineHours,
      bufferRatio: bufferRatio(deadlineHours, durationHours),
      critical: booleanParam(node, 'critical'),
      checkpointing: booleanParam(node, 'checkpointing'),
      maxWaitHours: optionalNumberParam(node, 'maxWaitHours'),
      fitsDeadline: durationHours <= deadlineHours,
    };
  });
}

/** "45 min" / "6 h" — durations as people say them. */
export function hoursLabel(hours: number): string {
  return hours < 1 ? `${formatNumber(hours * 60)} min` : `${formatNumber(hours)} h`;
}

/** "2.67x" */
export function ratioLabel(ratio: number): string {
  return `${formatNumber(ratio)}x`;
}

export const switchToOnDemand = (job: TrainingJob) => ({
  label: 'Switch to On-Demand',
  ops: [
    { op: 'setParam' as const, node: job.node.id, key: 'purchase', value: 'on-demand' },
    { op: 'unsetParam' as const, node: job.node.id, key: 'maxWaitHours' },
  ],
});
