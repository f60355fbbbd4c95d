import { serviceNodeAt, type AnalysisContext } from '../../analysis/context';
import { hasUpstream } from '../../analysis/flow';
import { numberParam } from '../../model/params';
import { formatNumber } from '../../util/numbers';
import { nameOf, nodesOf } from '../helpers';
import { defineRule, issueOf } from '../types';

/** How long a stream keeps its records: Kinesis Data Streams' retention or the MSK topics' log retention. */
function retentionHours(ctx: AnalysisContext, i: number): number {
  const node = ctx.nodes[i]!;
  return node.service === 'msk' ? numberParam(serviceNodeAt(ctx, i, 'msk'), 'retentionHours') : numberParam(serviceNodeAt(ctx, i, 'kinesis-data-streams'), 'retentionHours');
}

/** The streams a replay re-reads: those that take the data first (no stream upstream of them). */
function replayedStreams(ctx: AnalysisContext): number[] {
  return [...nodesOf(ctx, 'kinesis-data-streams'), ...nodesOf(ctx, 'msk')]
    .filter((i) => !hasUpstream(ctx.flow, i, 'kinesis-data-streams') && !hasUpstream(ctx.flow, i, 'msk'))
    .sort((a, b) => a - b);
}

export const retentionShorterThanReplay = defineRule({
  id: 'retention-shorter-than-replay',
  family: 'ingestion',
  exam: ['MLS-C01 1.1', 'MLS-C01 1.2', 'MLA-C01 1.1'],
  severity: 'error',
  services: ['kinesis-data-streams', 'msk'],
  firesWhen: 'a stream the design replays from (Kinesis Data Streams retentionHours, MSK log retention) keeps records for less than the replay window (replayHours)',
  why: 'A replay can only re-read what the stream still holds. Kinesis Data Streams keeps records 24 h by default and can keep them up to 365 days (extended retention up to 7 days is billed per shard-hour, long-term retention beyond 7 days per GB-month); MSK topics keep them for their log retention (Kafka’s default is 7 days) as long as the brokers’ storage holds rate × retention × 3 replicas.',
  check(ctx) {
    const window = ctx.document.needs.replayHours;
    if (window <= 0) return [];
    return replayedStreams(ctx).flatMap((i) => {
      const retention = retentionHours(ctx, i);
      if (retention >= window) return [];
      const node = ctx.nodes[i]!;
      const target = Math.ceil(window);
      return [
        issueOf(this, {
          nodes: [node.id],
          message: `${nameOf(node)} keeps records for ${formatNumber(retention)} h, but consumers must be able to re-read ${formatNumber(window)} h: older records are gone before a replay reaches them.`,
          fix: { label: `Set retention to ${formatNumber(target)} h`, ops: [{ op: 'setParam', node: node.id, key: 'retentionHours', value: target }] },
        }),
      ];
    });
  },
});
