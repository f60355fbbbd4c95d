import type { AnalysisContext } from '../../analysis/context';
import { canConnect, catalog } from '../../catalog/index';
import type { ServiceId } from '../../catalog/serviceIds';
import type { DocumentOp } from '../../model/ops';
import { typicalLatencyMs } from '../../analysis/latency';
import { optionalNumberParam } from '../../model/params';
import { formatNumber } from '../../util/numbers';
import { nameOf } from '../helpers';
import { defineRule, issueOf } from '../types';

/** DynamoDB's single-digit milliseconds, as the catalog counts them. */
export const DYNAMODB_LATENCY_MS = catalog.dynamodb.typicalLatencyMs!;

/**
 * Swaps a slow store for a serving store; producers the new store cannot read from (S3's objects) get
 * a Lambda to load them. Undefined when the store also feeds something the new one cannot (S3 as a
 * training channel): swapping it would break that path.
 */
function storeInPlaceOf(ctx: AnalysisContext, i: number, replacement: ServiceId): DocumentOp[] | undefined {
  const node = ctx.nodes[i]!;
  const stranded = ctx.consumers(i).some((c) => canConnect(node.service, ctx.nodes[c]!.service) && !canConnect(replacement, ctx.nodes[c]!.service));
  if (stranded) return undefined;
  const ops: DocumentOp[] = [{ op: 'replaceService', node: node.id, service: replacement }];
  for (const p of ctx.producers(i)) {
    const producer = ctx.nodes[p]!;
    if (canConnect(producer.service, node.service) && !canConnect(producer.service, replacement)) {
      ops.push({ op: 'insertBetween', source: producer.id, target: node.id, service: 'lambda', label: `Load into ${catalog[replacement].shortName}` });
    }
  }
  return ops;
}

export const servingLatency = defineRule({
  id: 'serving-latency',
  family: 'serving',
  exam: ['MLS-C01 1.1', 'MLS-C01 4.1', 'MLA-C01 1.1', 'MLA-C01 3.1'],
  severity: 'error',
  firesWhen: 'a serving node’s typical latency exceeds its latency target',
  why: 'Typical single-item reads: ElastiCache under 1 ms, DynamoDB single-digit ms, Aurora ~10–20 ms, a SageMaker endpoint and OpenSearch tens of ms, S3 ~100 ms, Redshift ~1 s, Athena seconds. Analytics stores (Athena, Redshift, S3 scans) are not online serving stores.',
  check(ctx) {
    const issues = [];
    for (let i = 0; i < ctx.nodes.length; i++) {
      const node = ctx.nodes[i]!;
      const target = optionalNumberParam(node, 'latencyTargetMs');
      if (target === undefined) continue;
      const typical = typicalLatencyMs(ctx, i);
      if (typical === undefined || typical <= target) continue;
      const replacement = target >= DYNAMODB_LATENCY_MS ? 'dynamodb' : 'elasticache';
      const isFrontDoor = node.service === 'api-gateway';
      // No fix when no store meets the target (below ElastiCache's ~0.5 ms) or the node already is that store.
      const fixable = !isFrontDoor && replacement !== node.service && catalog[replacement].typicalLatencyMs! <= target;
      const ops = fixable ? storeInPlaceOf(ctx, i, replacement) : undefined;
      issues.push(
        issueOf(this, {
          nodes: [node.id],
          message: `${nameOf(node)} needs ${formatNumber(target)} ms, but ${isFrontDoor ? 'the store behind it typically answers' : `${catalog[node.service].shortName} typically answers`} in ~${formatNumber(typical)} ms.`,
          ...(ops ? { fix: { label: `Replace with ${catalog[replacement].shortName}`, ops } } : {}),
        }),
      );
    }
    return issues;
  },
});
