import type { AnalysisContext } from '../../analysis/context';
import type { Fix } from '../../analysis/types';
import type { DocumentOp } from '../../model/ops';
import { nameOf } from '../helpers';

/**
 * "Serve the client from a real-time endpoint": a SageMaker endpoint between the training job and
 * the client (the model edge carries no data age; the endpoint answers from each request), and the
 * client's reads of precomputed stores removed. Undefined without a training job to serve.
 */
export function realTimeEndpointFix(ctx: AnalysisContext, client: number, training: number): Fix | undefined {
  if (training < 0 || ctx.nodes[training]!.service !== 'sagemaker-training') return undefined;
  const clientNode = ctx.nodes[client]!;
  const ops: DocumentOp[] = [{ op: 'insertBetween', source: ctx.nodes[training]!.id, target: clientNode.id, service: 'sagemaker-endpoint', label: `Real-time endpoint for ${nameOf(clientNode)}` }];
  for (let k = ctx.graph.inStart[client]!; k < ctx.graph.inStart[client + 1]!; k++) {
    const e = ctx.graph.inEdge[k]!;
    if (ctx.nodes[ctx.graph.edgeSource[e]!]!.service !== 'sagemaker-endpoint') ops.push({ op: 'removeEdge', edge: ctx.document.edges[e]!.id });
  }
  return { label: 'Serve it from a SageMaker real-time endpoint', ops };
}

/** A training job upstream of node `i` on any path (the nearest found walking up), or -1. */
export function trainingUpstream(ctx: AnalysisContext, i: number): number {
  const seen = new Uint8Array(ctx.nodes.length);
  const queue = [i];
  seen[i] = 1;
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head]!;
    if (node !== i && ctx.nodes[node]!.service === 'sagemaker-training') return node;
    for (const p of ctx.producers(node)) {
      if (seen[p]) continue;
      seen[p] = 1;
      queue.push(p);
    }
  }
  return -1;
}
