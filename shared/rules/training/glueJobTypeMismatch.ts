import type { AnalysisContext } from '../../analysis/context';
import { isStreamingGlueJob } from '../../analysis/batchNode';
import { sharedKinds } from '../../catalog/index';
import { nameOf, nodesOf, readsRecords } from '../helpers';
import { defineRule, issueOf } from '../types';

/** A producer that sends node `i` nothing but stream records (Kinesis Data Streams, MSK), or -1. */
function streamOnlyProducer(ctx: AnalysisContext, i: number): number {
  const { inStart, inEdge, edgeSource, edgeValid } = ctx.graph;
  for (let k = inStart[i]!; k < inStart[i + 1]!; k++) {
    const e = inEdge[k]!;
    const source = edgeSource[e]!;
    const kinds = sharedKinds(ctx.nodes[source]!.service, ctx.nodes[i]!.service);
    if (edgeValid[e] && kinds.length === 1 && kinds[0] === 'records') return source;
  }
  return -1;
}

export const glueJobTypeMismatch = defineRule({
  id: 'glue-job-type-mismatch',
  family: 'training',
  severity: 'error',
  services: ['glue-etl'],
  firesWhen: 'a batch Glue ETL job reads a stream (Kinesis Data Streams, MSK), or a streaming Glue job has no stream to read',
  why: 'A Glue job reads Kinesis Data Streams or Kafka only as a streaming ETL job, which runs continuously and processes the records in micro-batches; a batch job reads files and tables in S3 on a schedule. Each kind of source needs its kind of job.',
  exam: ['MLS-C01 1.3', 'MLA-C01 1.1'],
  check(ctx) {
    const issues = [];
    for (const i of nodesOf(ctx, 'glue-etl')) {
      const node = ctx.nodes[i]!;
      if (isStreamingGlueJob(node)) {
        if (readsRecords(ctx, i) || !ctx.hasValidInput(i)) continue;
        issues.push(
          issueOf(this, {
            nodes: [node.id],
            message: `${nameOf(node)} is a streaming job but reads no stream: a streaming Glue job consumes Kinesis Data Streams or MSK.`,
            fix: { label: 'Make it a batch job', ops: [{ op: 'setParam', node: node.id, key: 'jobType', value: 'batch' }] },
          }),
        );
        continue;
      }
      const stream = streamOnlyProducer(ctx, i);
      if (stream < 0) continue;
      issues.push(
        issueOf(this, {
          nodes: [node.id, ctx.nodes[stream]!.id],
          message: `${nameOf(node)} is a batch job but reads the stream ${nameOf(ctx.nodes[stream]!)}: only a streaming Glue job consumes a stream.`,
          fix: { label: 'Make it a streaming job', ops: [{ op: 'setParam', node: node.id, key: 'jobType', value: 'streaming' }] },
        }),
      );
    }
    return issues;
  },
});
