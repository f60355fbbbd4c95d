import type { NodeSpec } from '../../model/builder';
import type { Params, PipelineDocument } from '../../model/document';
import { pipeline } from '../fixtures.testutil';

/** S3 → training → endpoint `ep` with `params`, then `after` (callers or stores) in a chain behind it. */
export function served(params: Params, after: NodeSpec[] = [], label = 'Scoring'): PipelineDocument {
  const chain = ['ep', ...after.map((node) => node.id)].join('>');
  return pipeline(
    [{ id: 'lake', service: 's3' }, { id: 'train', service: 'sagemaker-training' }, { id: 'ep', service: 'sagemaker-endpoint', label, params }, ...after],
    ['lake>train>ep', ...(after.length > 0 ? [chain] : [])],
  );
}

export const api = (latencyTargetMs?: number): NodeSpec => ({ id: 'api', service: 'api-gateway', label: 'Scoring API', params: latencyTargetMs === undefined ? {} : { latencyTargetMs } });
export const app: NodeSpec = { id: 'app', service: 'client', label: 'Mobile app' };
