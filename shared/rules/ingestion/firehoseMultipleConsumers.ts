import { canConnect, catalog } from '../../catalog/index';
import type { DocumentOp } from '../../model/ops';
import type { AnalysisContext } from '../../analysis/context';
import { nodesOf, nameOf } from '../helpers';
import { streamInPlaceOf } from './streamSizing';
import { defineRule, issueOf } from '../types';

/**
 * Replacing Firehose with a stream sized from the flow keeps object stores fed through a Firehose of
 * their own.
 */
export function streamInPlaceOfFirehose(ctx: AnalysisContext, firehose: number): DocumentOp[] {
  const id = ctx.nodes[firehose]!.id;
  const ops: DocumentOp[] = streamInPlaceOf(ctx, firehose);
  for (const consumer of ctx.consumers(firehose)) {
    const target = ctx.nodes[consumer]!;
    const accepts = catalog[target.service].accepts;
    // Stores that took Firehose's objects keep a Firehose; a consumer that took neither keeps its invalid edge.
    if (!accepts.includes('records') && canConnect('firehose', target.service)) {
      ops.push({ op: 'insertBetween', source: id, target: target.id, service: 'firehose', label: `Firehose to ${nameOf(target)}` });
    }
  }
  return ops;
}

export const firehoseMultipleConsumers = defineRule({
  id: 'firehose-multiple-consumers',
  family: 'ingestion',
  exam: ['MLS-C01 1.2', 'MLA-C01 1.1'],
  severity: 'error',
  services: ['firehose'],
  firesWhen: 'a Firehose node has two or more consumers',
  why: 'Firehose delivers each record to a single destination. When several consumers must each process the same data in their own way, they need a stream they can all read: Kinesis Data Streams (or MSK when Kafka is required).',
  check(ctx) {
    return nodesOf(ctx, 'firehose').flatMap((i) => {
      const consumers = ctx.consumers(i);
      if (consumers.length < 2) return [];
      const node = ctx.nodes[i]!;
      return [
        issueOf(this, {
          nodes: [node.id, ...consumers.map((c) => ctx.nodes[c]!.id)],
          message: `${nameOf(node)} feeds ${consumers.length} consumers (${consumers.map((c) => nameOf(ctx.nodes[c]!)).join(', ')}); Firehose delivers to one destination.`,
          fix: { label: 'Replace Firehose with Kinesis Data Streams', ops: streamInPlaceOfFirehose(ctx, i) },
        }),
      ];
    });
  },
});
