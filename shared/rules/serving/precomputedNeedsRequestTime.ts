import type { AnalysisContext } from '../../analysis/context';
import { hasUpstream } from '../../analysis/flow';
import { isBatchNode } from '../../analysis/batchNode';
import { nameOf, nodesOf } from '../helpers';
import { defineRule, issueOf } from '../types';
import { realTimeEndpointFix, trainingUpstream } from './realTimeEndpoint';

/**
 * Whether client `i` reads predictions only from stores (DynamoDB, ElastiCache, Aurora, S3, or an API
 * in front of one) that a training or batch job filled ahead of time, with no endpoint upstream.
 */
function servedOnlyPrecomputed(ctx: AnalysisContext, i: number): boolean {
  if (hasUpstream(ctx.flow, i, 'sagemaker-endpoint')) return false;
  const producers = ctx.producers(i);
  return producers.length > 0 && producers.every((p) => isBatchNode(ctx.nodes[p]!) || ctx.age.batchStageUpstream[p]! >= 0);
}

export const precomputedNeedsRequestTime = defineRule({
  id: 'precomputed-needs-request-time',
  family: 'serving',
  exam: ['MLS-C01 4.4', 'MLA-C01 3.1'],
  severity: 'error',
  services: ['client'],
  firesWhen: 'the design needs request-time inputs but a client gets its predictions only from a store filled by batch scoring, with no endpoint answering requests',
  why: 'When the inputs exist only once the request arrives (the transaction being scored, the basket being checked out), no prediction computed ahead of time can know them: a batch job can only score what it saw when it ran. The model has to be invoked per request, on a SageMaker real-time endpoint (or serverless inference) that the application calls with those inputs.',
  check(ctx) {
    if (!ctx.document.needs.requestTimeFeatures) return [];
    const issues = [];
    for (const i of nodesOf(ctx, 'client')) {
      if (!servedOnlyPrecomputed(ctx, i)) continue;
      const node = ctx.nodes[i]!;
      const fix = realTimeEndpointFix(ctx, i, trainingUpstream(ctx, i));
      const stores = ctx.producers(i).map((p) => nameOf(ctx.nodes[p]!));
      issues.push(
        issueOf(this, {
          nodes: [node.id],
          message: `${nameOf(node)} needs predictions on inputs known only at request time, but reads precomputed ones from ${stores.join(', ')}.`,
          ...(fix ? { fix } : {}),
        }),
      );
    }
    return issues;
  },
});
