import { numberParam } from '../../model/params';
import { serviceNodeAt } from '../../analysis/context';
import { nodesOf, nameOf } from '../helpers';
import { defineRule, issueOf } from '../types';

export const mskBrokerCount = defineRule({
  id: 'msk-broker-count',
  family: 'ingestion',
  exam: ['MLS-C01 1.2', 'MLS-C01 4.1', 'MLA-C01 1.1'],
  severity: 'error',
  services: ['msk'],
  firesWhen: 'an MSK cluster’s broker count is not a positive multiple of its Availability Zones',
  why: 'MSK spreads brokers evenly across the cluster’s 2 or 3 Availability Zones, so the broker count must be a multiple of the AZ count.',
  check(ctx) {
    return nodesOf(ctx, 'msk').flatMap((i) => {
      const node = serviceNodeAt(ctx, i, 'msk');
      const brokers = numberParam(node, 'brokers');
      const zones = numberParam(node, 'availabilityZones');
      if (brokers > 0 && brokers % zones === 0) return [];
      const rounded = Math.max(zones, Math.ceil(brokers / zones) * zones);
      return [
        issueOf(this, {
          nodes: [node.id],
          message: `${nameOf(node)} has ${brokers} brokers across ${zones} Availability Zones; the count must be a multiple of ${zones}.`,
          fix: { label: `Set brokers to ${rounded}`, ops: [{ op: 'setParam', node: node.id, key: 'brokers', value: rounded }] },
        }),
      ];
    });
  },
});
