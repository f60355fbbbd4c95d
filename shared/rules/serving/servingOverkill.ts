import { optionalNumberParam } from '../../model/params';
import { formatNumber } from '../../util/numbers';
import type { ServiceId } from '../../catalog/serviceIds';
import { nameOf, nodesOfAny } from '../helpers';
import { defineRule, issueOf } from '../types';
import { DYNAMODB_LATENCY_MS } from './servingLatency';

const SERVERS: readonly ServiceId[] = ['elasticache', 'aurora'];

export const servingOverkill = defineRule({
  id: 'serving-overkill',
  family: 'serving',
  exam: ['MLS-C01 1.1', 'MLS-C01 4.2', 'MLA-C01 1.1', 'MLA-C01 4.2'],
  severity: 'tip',
  services: SERVERS,
  firesWhen: 'ElastiCache or Aurora serves lookups whose latency target DynamoDB already meets',
  why: 'For simple key lookups of predictions, DynamoDB meets targets down to ~10 ms, scales itself and has no servers to run; a cache cluster or a relational database costs more for the same answer.',
  check(ctx) {
    const issues = [];
    for (const i of nodesOfAny(ctx, SERVERS)) {
      const node = ctx.nodes[i]!;
      const target = optionalNumberParam(node, 'latencyTargetMs');
      if (target === undefined || target < DYNAMODB_LATENCY_MS) continue;
      issues.push(
        issueOf(this, {
          nodes: [node.id],
          message: `${nameOf(node)} serves a ${formatNumber(target)} ms target that DynamoDB (~${DYNAMODB_LATENCY_MS} ms) meets without servers.`,
          fix: { label: 'Replace with DynamoDB', ops: [{ op: 'replaceService', node: node.id, service: 'dynamodb' }] },
        }),
      );
    }
    return issues;
  },
});
