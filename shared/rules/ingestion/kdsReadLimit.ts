import { booleanParam, enumParam, numberParam } from '../../model/params';
import { SHARD_READ_MB_PER_SECOND, shardSizing } from '../../analysis/shards';
import { ceilClean, formatNumber } from '../../util/numbers';
import { serviceNodeAt } from '../../analysis/context';
import { nodesOf } from '../helpers';
import { defineRule, issueOf } from '../types';

export const kdsReadLimit = defineRule({
  id: 'kds-read-limit',
  family: 'ingestion',
  exam: ['MLS-C01 1.2', 'MLS-C01 4.1', 'MLA-C01 1.1'],
  severity: 'warning',
  services: ['kinesis-data-streams'],
  firesWhen: 'a provisioned stream without enhanced fan-out has consumers × input MB/s above 2 MB/s per shard',
  why: 'Without enhanced fan-out, all polling consumers share 2 MB/s of reads per shard (and 5 read calls per second). Enhanced fan-out gives each registered consumer its own 2 MB/s per shard.',
  check(ctx) {
    return nodesOf(ctx, 'kinesis-data-streams').flatMap((i) => {
      const node = serviceNodeAt(ctx, i, 'kinesis-data-streams');
      if (enumParam(node, 'mode') !== 'provisioned' || booleanParam(node, 'enhancedFanOut')) return [];
      const consumers = ctx.consumerCount(i);
      const mbps = ctx.flow.inBytes[i]! / 1e6;
      const shards = numberParam(node, 'shards');
      const demand = consumers * mbps;
      const capacity = SHARD_READ_MB_PER_SECOND * shards;
      if (demand <= capacity * (1 + 1e-9)) return [];
      const shardsForReads = Math.max(shardSizing(mbps, ctx.flow.inRecords[i]!).shardsRequired, ceilClean(demand / SHARD_READ_MB_PER_SECOND));
      return [
        issueOf(this, {
          nodes: [node.id],
          message: `${consumers} consumers × ${formatNumber(mbps)} MB/s = ${formatNumber(demand)} MB/s of reads, above the ${formatNumber(capacity)} MB/s that ${formatNumber(shards)} shard${shards === 1 ? '' : 's'} share.`,
          fix: {
            label: 'Enable enhanced fan-out',
            ops: [{ op: 'setParam', node: node.id, key: 'enhancedFanOut', value: true }],
          },
          why: `${this.why} Alternatively raise the stream to ${shardsForReads} shards.`,
        }),
      ];
    });
  },
});
