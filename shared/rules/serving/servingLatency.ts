import { catalog } from '../../catalog/index';
import { typicalLatencyMs } from '../../analysis/latency';
import { optionalNumberParam } from '../../model/params';
import { formatNumber } from '../../util/numbers';
import { nameOf } from '../helpers';
import { issueOf, type Rule } from '../types';

/** DynamoDB's single-digit milliseconds, as the catalog counts them. */
export const DYNAMODB_LATENCY_MS = catalog.dynamodb.typicalLatencyMs!;

export const servingLatency: Rule = {
  id: 'serving-latency',
  family: 'serving',
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
      issues.push(
        issueOf(this, {
          nodes: [node.id],
          message: `${nameOf(node)} needs ${formatNumber(target)} ms, but ${isFrontDoor ? 'the store behind it typically answers' : `${catalog[node.service].shortName} typically answers`} in ~${formatNumber(typical)} ms.`,
          ...(isFrontDoor
            ? {}
            : { fix: { label: `Replace with ${catalog[replacement].shortName}`, ops: [{ op: 'replaceService' as const, node: node.id, service: replacement }] } }),
        }),
      );
    }
    return issues;
  },
};
