import { design, type NodeSpec } from './builder';
import type { PipelineDocument } from './document';

/**
 * A realistic pipeline of about `nodeCount` nodes for benchmarks: repeated lanes of
 * source → stream → (real-time Lambda → DynamoDB, Firehose → S3 → training → endpoint).
 */
export function syntheticPipeline(nodeCount: number): PipelineDocument {
  const LANE = 9;
  const lanes = Math.max(1, Math.ceil(nodeCount / LANE));
  const nodes: NodeSpec[] = [];
  const flows: string[] = [];
  for (let lane = 0; lane < lanes; lane++) {
    const id = (name: string): string => `${name}${lane}`;
    const row = lane * 2;
    nodes.push(
      { id: id('src'), service: 'source', label: `Producers ${lane}`, params: { eventsPerSecond: 1000 + lane, bytesPerEvent: 700 }, at: [0, row] },
      { id: id('kds'), service: 'kinesis-data-streams', label: `Stream ${lane}`, params: { shards: 1 + (lane % 3) }, at: [1, row] },
      { id: id('fn'), service: 'lambda', label: `Features ${lane}`, params: { latencyTargetSeconds: 5 }, at: [2, row] },
      { id: id('ddb'), service: 'dynamodb', label: `Features table ${lane}`, params: { latencyTargetMs: 20 }, at: [3, row] },
      { id: id('fh'), service: 'firehose', label: `Archive ${lane}`, at: [2, row + 1] },
      { id: id('s3'), service: 's3', label: `Lake ${lane}`, at: [3, row + 1] },
      { id: id('train'), service: 'sagemaker-training', label: `Training ${lane}`, params: { purchase: lane % 2 ? 'spot' : 'on-demand', durationHours: 2, deadlineHours: 6 + lane % 10 }, at: [4, row + 1] },
      { id: id('ep'), service: 'sagemaker-endpoint', label: `Endpoint ${lane}`, params: { latencyTargetMs: 100 }, at: [5, row + 1] },
      { id: id('api'), service: 'api-gateway', label: `API ${lane}`, at: [6, row + 1] },
    );
    flows.push(`${id('src')}>${id('kds')}>${id('fn')}>${id('ddb')}`, `${id('kds')}>${id('fh')}>${id('s3')}>${id('train')}>${id('ep')}>${id('api')}`);
  }
  const document = design({ title: `Synthetic pipeline (${nodeCount} nodes)`, nodes: nodes.slice(0, nodeCount), flows: [] });
  const kept = new Set(document.nodes.map((n) => n.id));
  const edges = flows
    .flatMap((flow) => {
      const hops = flow.split('>');
      return hops.slice(1).map((target, k) => ({ id: `${hops[k]}-${target}`, source: hops[k]!, target }));
    })
    .filter((edge) => kept.has(edge.source) && kept.has(edge.target));
  return { ...document, edges };
}
