import type { Fix } from '../../analysis/types';
import type { AnalysisContext } from '../../analysis/context';
import { hasService, nodesOf } from '../helpers';
import { defineRule, issueOf } from '../types';

/** Swapping the design's first stream for MSK, when it has one. */
export function mskInPlaceOfStream(ctx: AnalysisContext): { nodes: string[]; fix?: Fix } {
  const streams = nodesOf(ctx, 'kinesis-data-streams');
  const first = streams[0];
  if (first === undefined) return { nodes: [] };
  const id = ctx.nodes[first]!.id;
  return {
    nodes: streams.map((i) => ctx.nodes[i]!.id),
    fix: { label: 'Replace the stream with MSK', ops: [{ op: 'replaceService', node: id, service: 'msk' }] },
  };
}

export const kafkaNeedWithoutMsk = defineRule({
  id: 'kafka-need-without-msk',
  family: 'ingestion',
  exam: ['MLS-C01 1.2', 'MLA-C01 1.1'],
  severity: 'error',
  firesWhen: 'the design needs the Kafka ecosystem but has no MSK',
  why: 'Kafka Connect, Kafka Streams and existing Kafka producers and consumers speak the Kafka protocol; Kinesis does not. Amazon MSK is the managed Kafka on AWS.',
  check(ctx) {
    if (!ctx.document.needs.kafkaEcosystem || hasService(ctx, 'msk')) return [];
    const { nodes, fix } = mskInPlaceOfStream(ctx);
    return [issueOf(this, { nodes, message: 'The Kafka ecosystem is required, but the design has no MSK cluster.', ...(fix ? { fix } : {}) })];
  },
});
