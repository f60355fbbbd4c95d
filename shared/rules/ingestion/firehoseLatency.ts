import { optionalNumberParam } from '../../model/params';
import { formatNumber } from '../../util/numbers';
import { nameOf } from '../helpers';
import { streamInPlaceOfFirehose } from './firehoseMultipleConsumers';
import { defineRule, issueOf } from '../types';

const FIREHOSE_MIN_BUFFER_SECONDS = 60;

export const firehoseLatency = defineRule({
  id: 'firehose-latency',
  family: 'ingestion',
  severity: 'error',
  firesWhen: 'a node downstream of Firehose needs data fresher (latencyTargetSeconds) than the Firehose buffer',
  why: 'Firehose is near-real-time: it buffers and delivers batches every 60–900 s in the exam’s terms. A consumer that needs data within seconds has to read a stream such as Kinesis Data Streams. (Firehose buffers can now be set lower, but the exam still treats it as minutes.)',
  check(ctx) {
    const issues = [];
    for (let i = 0; i < ctx.nodes.length; i++) {
      const buffer = ctx.flow.firehoseBufferUpstream[i]!;
      if (buffer < 0) continue;
      const node = ctx.nodes[i]!;
      const target = optionalNumberParam(node, 'latencyTargetSeconds');
      if (target === undefined || target >= buffer) continue;
      const firehose = ctx.flow.firehoseUpstream[i]!;
      const firehoseNode = ctx.nodes[firehose]!;
      const fix =
        target >= FIREHOSE_MIN_BUFFER_SECONDS
          ? { label: `Lower the Firehose buffer to ${formatNumber(Math.floor(target))} s`, ops: [{ op: 'setParam' as const, node: firehoseNode.id, key: 'bufferSeconds', value: Math.floor(target) }] }
          : { label: 'Replace Firehose with Kinesis Data Streams', ops: streamInPlaceOfFirehose(ctx, firehose) };
      issues.push(
        issueOf(this, {
          nodes: [node.id, firehoseNode.id],
          message: `${nameOf(node)} needs data within ${formatNumber(target)} s, but ${nameOf(firehoseNode)} delivers every ${formatNumber(buffer)} s.`,
          fix,
        }),
      );
    }
    return issues;
  },
});
