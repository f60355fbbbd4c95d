import type { ServiceId } from '../../catalog/serviceIds';
import { hasService } from '../helpers';
import { defineRule, issueOf } from '../types';

const INGESTION: readonly ServiceId[] = ['firehose', 'kinesis-data-streams', 'msk'];

export const noSource = defineRule({
  id: 'no-source',
  family: 'graph',
  exam: ['MLS-C01 1.2', 'MLA-C01 1.1'],
  severity: 'warning',
  firesWhen: 'the design has ingestion but no source node',
  why: 'Data rates start at the producers. Without a source node every rate, shard count and ingestion cost is zero, so the design cannot be checked.',
  check(ctx) {
    if (hasService(ctx, 'source')) return [];
    const first = ctx.nodes.find((node) => INGESTION.includes(node.service));
    if (!first) return [];
    return [
      issueOf(this, {
        nodes: [first.id],
        message: 'The design ingests data but has no source, so every rate and ingestion cost is zero.',
        fix: { label: 'Add a source', ops: [{ op: 'insertBefore', target: first.id, service: 'source', label: 'Producers' }] },
      }),
    ];
  },
});
