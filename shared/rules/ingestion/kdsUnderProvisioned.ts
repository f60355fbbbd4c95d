import { paramSpec } from '../../catalog/index';
import { enumParam, numberParam } from '../../model/params';
import { shardSizing } from '../../analysis/shards';
import { formatNumber } from '../../util/numbers';
import { serviceNodeAt } from '../../analysis/context';
import { nodesOf, nameOf } from '../helpers';
import { defineRule, issueOf } from '../types';

/** The most shards the catalog lets one stream have: beyond it no shard count is a valid fix. */
const shardSpec = paramSpec('kinesis-data-streams', 'shards');
const MAX_SHARDS = shardSpec?.kind === 'number' ? shardSpec.max : Number.POSITIVE_INFINITY;

export const kdsUnderProvisioned = defineRule({
  id: 'kds-under-provisioned',
  family: 'ingestion',
  exam: ['MLS-C01 1.2', 'MLS-C01 4.1', 'MLA-C01 1.1'],
  severity: 'error',
  services: ['kinesis-data-streams'],
  firesWhen: 'a provisioned stream has fewer shards than its write rate requires',
  why: 'Each shard accepts 1 MB/s or 1,000 records/s of writes, whichever limit is reached first, so shards = max(⌈MB/s ÷ 1⌉, ⌈records/s ÷ 1,000⌉). Small records hit the records limit before the bytes limit; writes beyond capacity are throttled.',
  check(ctx) {
    return nodesOf(ctx, 'kinesis-data-streams').flatMap((i) => {
      const node = serviceNodeAt(ctx, i, 'kinesis-data-streams');
      if (enumParam(node, 'mode') !== 'provisioned') return [];
      const mbps = ctx.flow.inBytes[i]! / 1e6;
      const records = ctx.flow.inRecords[i]!;
      const sizing = shardSizing(mbps, records);
      const shards = numberParam(node, 'shards');
      if (shards >= sizing.shardsRequired) return [];
      const message = `${nameOf(node)} has ${formatNumber(shards)} shard${shards === 1 ? '' : 's'} but needs ${formatNumber(sizing.shardsRequired)}: ${formatNumber(mbps)} MB/s needs ${formatNumber(sizing.byBytes)} by bytes, ${formatNumber(records)} records/s needs ${formatNumber(sizing.byRecords)} by records.`;
      if (sizing.shardsRequired > MAX_SHARDS) {
        return [issueOf(this, { nodes: [node.id], message: `${message} That is more than one stream can have (${formatNumber(MAX_SHARDS)} shards): split the data across streams.` })];
      }
      return [
        issueOf(this, {
          nodes: [node.id],
          message,
          fix: { label: `Set shards to ${sizing.shardsRequired}`, ops: [{ op: 'setParam', node: node.id, key: 'shards', value: sizing.shardsRequired }] },
        }),
      ];
    });
  },
});
