import { configuredDestination, destinationOfService, DESTINATION_NAMES, firehoseDestination } from '../../analysis/firehoseDestination';
import { enumParam, isServiceNode } from '../../model/params';
import { nameOf, nodesOf } from '../helpers';
import { defineRule, issueOf } from '../types';

export const firehoseDestinationMismatch = defineRule({
  id: 'firehose-destination-mismatch',
  family: 'ingestion',
  exam: ['MLS-C01 1.2', 'MLS-C01 1.3', 'MLA-C01 1.1'],
  severity: 'error',
  services: ['firehose'],
  firesWhen: 'a Firehose node’s destination setting disagrees with the service its edge reaches, or it converts records to Parquet/ORC for a destination other than S3',
  why: 'A Firehose stream has exactly one destination type (S3, Redshift, OpenSearch or an HTTP endpoint), chosen when it is created; record format conversion to Parquet or ORC writes to S3 only. A backup bucket is a setting of the stream (S3 backup), not a second destination. (Amazon Data Firehose Developer Guide, 2026-11.)',
  check(ctx) {
    return nodesOf(ctx, 'firehose').flatMap((i) => {
      const node = ctx.nodes[i]!;
      if (!isServiceNode(node, 'firehose')) return [];
      const configured = configuredDestination(ctx, i);
      const consumer = ctx.consumers(i)[0];
      if (configured !== undefined && consumer !== undefined) {
        const drawn = destinationOfService(ctx.nodes[consumer]!.service);
        if (drawn !== configured) {
          const target = ctx.nodes[consumer]!;
          return [
            issueOf(this, {
              nodes: [node.id, target.id],
              message: `${nameOf(node)} is set to deliver to ${DESTINATION_NAMES[configured]}, but its edge goes to ${nameOf(target)} (${DESTINATION_NAMES[drawn]}).`,
              fix: { label: `Set the destination to ${DESTINATION_NAMES[drawn]}`, ops: [{ op: 'setParam', node: node.id, key: 'destination', value: drawn }] },
            }),
          ];
        }
      }
      const format = enumParam(node, 'formatConversion');
      const destination = firehoseDestination(ctx, i);
      if (format !== 'none' && format !== '' && destination !== 's3') {
        return [
          issueOf(this, {
            nodes: [node.id],
            message: `${nameOf(node)} converts records to ${format === 'orc' ? 'ORC' : 'Parquet'}, but delivers to ${DESTINATION_NAMES[destination]}; format conversion writes to S3 only.`,
            fix: { label: 'Turn off record format conversion', ops: [{ op: 'setParam', node: node.id, key: 'formatConversion', value: 'none' }] },
          }),
        ];
      }
      return [];
    });
  },
});
