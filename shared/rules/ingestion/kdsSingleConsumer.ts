import type { AnalysisContext } from '../../analysis/context';
import type { Fix } from '../../analysis/types';
import { catalog } from '../../catalog/index';
import type { DocumentOp } from '../../model/ops';
import { nodesOf, nameOf } from '../helpers';
import { defineRule, issueOf } from '../types';

/** The stream's job handed to Firehose, when Firehose can feed the consumer (it delivers objects). */
function firehoseInstead(ctx: AnalysisContext, stream: number, consumer: number): { fix?: Fix } {
  const node = ctx.nodes[stream]!;
  const consumerNode = ctx.nodes[consumer]!;
  if (consumerNode.service === 'firehose') {
    return { fix: { label: 'Remove the stream: Firehose takes the records directly', ops: [{ op: 'bypassNode', node: node.id }] } };
  }
  if (!catalog[consumerNode.service].accepts.includes('objects')) return {};
  const ops: DocumentOp[] = [{ op: 'replaceService', node: node.id, service: 'firehose' }];
  // A forwarding Lambda whose every consumer takes objects is what Firehose itself does.
  const downstream = ctx.consumers(consumer);
  const forwarder =
    consumerNode.service === 'lambda' &&
    downstream.length > 0 &&
    downstream.every((d) => ['s3', 'redshift', 'opensearch'].includes(ctx.nodes[d]!.service));
  if (forwarder) ops.push({ op: 'bypassNode', node: consumerNode.id });
  return { fix: { label: forwarder ? `Replace with Firehose and drop the forwarding ${catalog.lambda.shortName}` : 'Replace with Firehose', ops } };
}

export const kdsSingleConsumer = defineRule({
  id: 'kds-single-consumer',
  family: 'ingestion',
  exam: ['MLS-C01 1.2', 'MLA-C01 1.1'],
  severity: 'warning',
  services: ['kinesis-data-streams'],
  firesWhen: 'a stream has exactly one consumer and the design does not need replay',
  why: 'The decision tree: no multiple consumers means Firehose — zero administration, scales by itself, no shards to size. A Lambda that only forwards a stream into S3 is doing Firehose’s job.',
  check(ctx) {
    if (ctx.document.needs.replayHours > 0) return [];
    return nodesOf(ctx, 'kinesis-data-streams').flatMap((i) => {
      const consumers = ctx.consumers(i);
      if (consumers.length !== 1) return [];
      const node = ctx.nodes[i]!;
      const consumer = consumers[0]!;
      const consumerNode = ctx.nodes[consumer]!;
      return [
        issueOf(this, {
          nodes: [node.id],
          message: `${nameOf(node)} has a single consumer (${nameOf(consumerNode)}) and no replay need: Firehose does this with no shards to manage.`,
          ...firehoseInstead(ctx, i, consumer),
        }),
      ];
    });
  },
});
