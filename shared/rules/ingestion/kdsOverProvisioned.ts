import { enumParam, numberParam } from '../../model/params';
import { shardSizing } from '../../analysis/shards';
import { formatMoney, formatNumber } from '../../util/numbers';
import { serviceNodeAt } from '../../analysis/context';
import { nodesOf, nameOf } from '../helpers';
import { defineRule, issueOf } from '../types';

export const kdsOverProvisioned = defineRule({
  id: 'kds-over-provisioned',
  family: 'ingestion',
  exam: ['MLS-C01 1.2', 'MLA-C01 1.1', 'MLA-C01 4.2'],
  severity: 'tip',
  services: ['kinesis-data-streams'],
  firesWhen: 'a provisioned stream has more than twice the shards it needs (and more than one)',
  why: 'Idle shards still cost $0.015 per hour each. Size to the larger of the bytes and records limits and reshard when traffic grows.',
  check(ctx) {
    return nodesOf(ctx, 'kinesis-data-streams').flatMap((i) => {
      const node = serviceNodeAt(ctx, i, 'kinesis-data-streams');
      if (enumParam(node, 'mode') !== 'provisioned') return [];
      const required = shardSizing(ctx.flow.inBytes[i]! / 1e6, ctx.flow.inRecords[i]!).shardsRequired;
      const shards = numberParam(node, 'shards');
      if (shards <= 1 || shards <= 2 * required) return [];
      const saving = (shards - required) * ctx.hoursPerMonth * ctx.price('kds.shardHour');
      return [
        issueOf(this, {
          nodes: [node.id],
          message: `${nameOf(node)} has ${formatNumber(shards)} shards but needs ${required}; the idle ones cost ${formatMoney(saving)}/month.`,
          fix: { label: `Set shards to ${required}`, ops: [{ op: 'setParam', node: node.id, key: 'shards', value: required }] },
        }),
      ];
    });
  },
});
