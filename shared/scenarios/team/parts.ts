import type { NodeSpec } from '../../model/builder';
import type { Params } from '../../model/document';

/** Building blocks the team's scenarios share, so each option reads like the question's wording. */

export function producers(id: string, eventsPerSecond: number, bytesPerEvent: number, label = 'Producers'): NodeSpec {
  return { id, service: 'source', label, params: { eventsPerSecond, bytesPerEvent, gbPerHour: 0 }, at: [0, 1] };
}

export function lake(id = 'lake', at: [number, number] = [3, 1], label = 'Data lake'): NodeSpec {
  return { id, service: 's3', label, at };
}

export function trainingJob(id: string, params: Params, at: [number, number] = [4, 1], label = 'Training'): NodeSpec {
  return { id, service: 'sagemaker-training', label, params: { instanceType: 'ml.g4dn.xlarge', checkpointing: true, critical: false, ...params }, at };
}

export function predictionTable(id = 'table', latencyTargetMs = 50, at: [number, number] = [5, 1]): NodeSpec {
  return { id, service: 'dynamodb', label: 'Predictions', params: { latencyTargetMs, readsPerSecond: 20, writesPerSecond: 1, storedGb: 5 }, at };
}

/** Spot with the settings the rules expect of a healthy Spot job: checkpoints and max_wait at the deadline. */
export function spot(deadlineHours: number): Params {
  return { purchase: 'spot', checkpointing: true, deadlineHours, maxWaitHours: deadlineHours };
}
