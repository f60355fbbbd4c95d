import { design, type NodeSpec } from '../../model/builder';
import type { Params, PipelineDocument } from '../../model/document';
import { lake, spot, trainingJob } from './parts';

interface InferenceDesign {
  /** The data the model is trained on (and, when `scoresLake`, the data it scores). */
  lakeLabel: string;
  modelLabel: string;
  endpoint: { label: string; params: Params };
  /** Whether the endpoint reads its input objects from the lake (Batch Transform, asynchronous, scheduled scoring). */
  scoresLake?: boolean;
  /** What the endpoint answers, in a chain: an API and an app, or a results bucket. */
  downstream: NodeSpec[];
}

/** S3 → weekly Spot training → SageMaker inference → the nodes behind it, laid out left to right. */
export function inferenceDesign(title: string, spec: InferenceDesign): PipelineDocument {
  const downstream = spec.downstream.map((node, k) => ({ ...node, at: [3 + k, 1] as [number, number] }));
  const chain = ['ep', ...downstream.map((node) => node.id)].join('>');
  return design({
    title,
    nodes: [
      lake('lake', [0, 1], spec.lakeLabel),
      trainingJob('train', { ...spot(24), durationHours: 2, runsPerMonth: 4.35 }, [1, 0], spec.modelLabel),
      { id: 'ep', service: 'sagemaker-endpoint', label: spec.endpoint.label, params: spec.endpoint.params, at: [2, 1] },
      ...downstream,
    ],
    flows: ['lake>train>ep', ...(spec.scoresLake ? ['lake>ep'] : []), ...(downstream.length > 0 ? [chain] : [])],
  });
}

export const resultsBucket = (label = 'Results'): NodeSpec => ({ id: 'results', service: 's3', label, params: { storedGb: 50 } });

export const scoringApi = (latencyTargetMs: number, readsPerSecond: number, label = 'Scoring API'): NodeSpec => ({
  id: 'api',
  service: 'api-gateway',
  label,
  params: { apiType: 'http', latencyTargetMs, readsPerSecond },
});

export const userApp = (label: string): NodeSpec => ({ id: 'app', service: 'client', label });
