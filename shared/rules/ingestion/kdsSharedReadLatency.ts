import { serviceNodeAt } from '../../analysis/context';
import { secondsLabel } from '../../analysis/ageLabel';
import { booleanParam, optionalNumberParam } from '../../model/params';
import { formatNumber } from '../../util/numbers';
import { nodesOf, nameOf } from '../helpers';
import { defineRule, issueOf } from '../types';

/**
 * Average propagation delay a shared-throughput consumer sees per consumer on the stream: AWS quotes
 * about 200 ms with one consumer and about 1,000 ms with five, since all of them share the shard's
 * 5 GetRecords calls per second ("Develop enhanced fan-out consumers with dedicated throughput",
 * Amazon Kinesis Data Streams Developer Guide, read 2026-11). Enhanced fan-out: ~70 ms, whatever the count.
 */
export const SHARED_READ_DELAY_SECONDS_PER_CONSUMER = 0.2;
/** Five standard consumers already take the five read calls a shard allows each second. */
const CROWDED_STREAM_CONSUMERS = 5;

export const kdsSharedReadLatency = defineRule({
  id: 'kds-shared-read-latency',
  family: 'ingestion',
  exam: ['MLS-C01 1.2', 'MLA-C01 1.1'],
  severity: 'warning',
  services: ['kinesis-data-streams'],
  firesWhen: 'a stream without enhanced fan-out makes its standard consumers wait 200 ms × consumers for records: an error above a consumer’s latencyTargetSeconds, a warning from 5 consumers',
  why: 'Standard (polling) consumers share each shard’s 5 GetRecords calls and 2 MB of reads per second, so every added consumer slows all of them: about 200 ms of delay with one consumer, about a second with five. Enhanced fan-out pushes records to each registered consumer over its own 2 MB/s per shard in about 70 ms, however many consumers there are (up to 20 per stream).',
  check(ctx) {
    return nodesOf(ctx, 'kinesis-data-streams').flatMap((i) => {
      const node = serviceNodeAt(ctx, i, 'kinesis-data-streams');
      if (booleanParam(node, 'enhancedFanOut')) return [];
      const consumers = ctx.consumers(i);
      const delay = SHARED_READ_DELAY_SECONDS_PER_CONSUMER * consumers.length;
      const late = consumers.filter((c) => {
        const target = optionalNumberParam(ctx.nodes[c]!, 'latencyTargetSeconds');
        return target !== undefined && delay > target + 1e-9;
      });
      if (late.length === 0 && consumers.length < CROWDED_STREAM_CONSUMERS) return [];
      const fix = { label: 'Enable enhanced fan-out', ops: [{ op: 'setParam' as const, node: node.id, key: 'enhancedFanOut', value: true }] };
      const shared = `${formatNumber(consumers.length)} standard consumers share ${nameOf(node)}: about ${secondsLabel(delay)} before each sees a record`;
      if (late.length === 0) return [issueOf(this, { nodes: [node.id], message: `${shared}.`, fix })];
      const needs = late.map((c) => `${nameOf(ctx.nodes[c]!)} needs ${secondsLabel(optionalNumberParam(ctx.nodes[c]!, 'latencyTargetSeconds')!)}`).join(', ');
      return [issueOf(this, { severity: 'error', nodes: [node.id, ...late.map((c) => ctx.nodes[c]!.id)], message: `${shared}, but ${needs}.`, fix })];
    });
  },
});
