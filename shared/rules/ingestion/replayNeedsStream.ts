import { formatNumber } from '../../util/numbers';
import { hasService, nodesOf, nameOf } from '../helpers';
import { streamInPlaceOfFirehose } from './firehoseMultipleConsumers';
import { defineRule, issueOf } from '../types';

export const replayNeedsStream = defineRule({
  id: 'replay-needs-stream',
  family: 'ingestion',
  exam: ['MLS-C01 1.2', 'MLA-C01 1.1'],
  severity: 'error',
  firesWhen: 'the design needs replay (replayHours > 0) but its data reaches consumers only through Firehose (no Kinesis Data Streams or MSK)',
  why: 'Firehose keeps no log that consumers can read again. Streams retain records (24 h by default, up to 365 days for Kinesis Data Streams), so experiments and recovering consumers can re-read the same data.',
  check(ctx) {
    const { replayHours } = ctx.document.needs;
    if (replayHours <= 0) return [];
    if (hasService(ctx, 'kinesis-data-streams') || hasService(ctx, 'msk')) return [];
    const firehoses = nodesOf(ctx, 'firehose');
    if (firehoses.length === 0) return [];
    const first = firehoses[0]!;
    return [
      issueOf(this, {
        nodes: firehoses.map((i) => ctx.nodes[i]!.id),
        message: `Replay of ${formatNumber(replayHours)} h is required, but data arrives only through ${firehoses.map((i) => nameOf(ctx.nodes[i]!)).join(', ')}, which keeps nothing to re-read.`,
        fix: { label: 'Replace Firehose with Kinesis Data Streams', ops: streamInPlaceOfFirehose(ctx, first) },
      }),
    ];
  },
});
