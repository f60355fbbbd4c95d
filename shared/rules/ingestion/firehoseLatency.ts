import { optionalNumberParam } from '../../model/params';
import { formatNumber } from '../../util/numbers';
import { nameOf } from '../helpers';
import { streamInPlaceOfFirehose } from './firehoseMultipleConsumers';
import { defineRule, issueOf } from '../types';

const FIREHOSE_MIN_BUFFER_SECONDS = 60;

export const firehoseLatency = defineRule({
  id: 'firehose-latency',
  family: 'ingestion',
  exam: ['MLS-C01 1.2', 'MLA-C01 1.1'],
  severity: 'error',
  services: ['firehose'],
  firesWhen: 'a node needs data fresher (latencyTargetSeconds) than the buffer of a Firehose on its data path, and that buffer is the largest delay on the path',
  why: 'Firehose is near-real-time: it buffers and delivers batches every 60–900 s in the exam’s terms. A consumer that needs data within seconds has to read a stream such as Kinesis Data Streams. (Firehose buffers can now be set lower, but the exam still treats it as minutes.)',
  check(ctx) {
    const issues = [];
    for (let i = 0; i < ctx.nodes.length; i++) {
      // Only when Firehose is what breaks the target: a batch stage on the way is freshness-through-batch's.
      const firehose = ctx.age.inStage[i]!;
      if (firehose < 0 || ctx.nodes[firehose]!.service !== 'firehose') continue;
      const buffer = ctx.age.inStageSeconds[i]!;
      const node = ctx.nodes[i]!;
      const target = optionalNumberParam(node, 'latencyTargetSeconds');
      if (target === undefined || target >= buffer) continue;
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
