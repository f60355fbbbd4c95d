import type { AnalysisContext } from '../../analysis/context';
import type { Fix } from '../../analysis/types';
import { inferenceModeOf } from '../../catalog/inferenceModes';
import { nameOf, nodesOf } from '../helpers';
import { defineRule, issueOf } from '../types';

/** The endpoints whose traffic reaches monitor `i` over a valid edge (data capture), serverless ones apart. */
function watchedEndpoints(ctx: AnalysisContext, i: number): { capturing: number[]; serverless: number[] } {
  const { inStart, inEdge, edgeSource, edgeValid } = ctx.graph;
  const capturing: number[] = [];
  const serverless: number[] = [];
  for (let k = inStart[i]!; k < inStart[i + 1]!; k++) {
    const e = inEdge[k]!;
    const source = edgeSource[e]!;
    const node = ctx.nodes[source]!;
    if (!edgeValid[e] || node.service !== 'sagemaker-endpoint') continue;
    (inferenceModeOf(node.params) === 'serverless' ? serverless : capturing).push(source);
  }
  return { capturing, serverless };
}

/** With exactly one endpoint in the design, the monitor is meant for it: capture its traffic instead. */
function attachFix(ctx: AnalysisContext, i: number): Fix | undefined {
  const endpoints = nodesOf(ctx, 'sagemaker-endpoint');
  if (endpoints.length !== 1) return undefined;
  const endpoint = ctx.nodes[endpoints[0]!]!;
  const monitor = ctx.nodes[i]!;
  const ops: Fix['ops'][number][] = [];
  for (let k = ctx.graph.inStart[i]!; k < ctx.graph.inStart[i + 1]!; k++) ops.push({ op: 'removeEdge', edge: ctx.document.edges[ctx.graph.inEdge[k]!]!.id });
  ops.push({ op: 'connect', source: endpoint.id, target: monitor.id });
  return { label: `Monitor ${nameOf(endpoint)} (data capture)`, ops };
}

export const modelMonitorWithoutEndpoint = defineRule({
  id: 'model-monitor-without-endpoint',
  family: 'serving',
  severity: 'error',
  services: ['model-monitor'],
  firesWhen: 'a Model Monitor node does not watch a SageMaker endpoint that captures its traffic (no edge from an endpoint, or only from serverless ones)',
  why: 'Model Monitor analyses the requests and responses an endpoint records with data capture, comparing them with a baseline built from the training data. Without an endpoint capturing its traffic it has nothing to analyse; drift in a table, a warehouse or a file in S3 is a job for a data-quality check (Glue Data Quality, Deequ) instead. Serverless inference does not support data capture, so it cannot be monitored this way; real-time, asynchronous and Batch Transform can.',
  exam: ['MLS-C01 4.4', 'MLA-C01 4.1'],
  check(ctx) {
    const issues = [];
    for (const i of nodesOf(ctx, 'model-monitor')) {
      const { capturing, serverless } = watchedEndpoints(ctx, i);
      if (capturing.length > 0) continue;
      const node = ctx.nodes[i]!;
      if (serverless.length > 0) {
        const endpoint = ctx.nodes[serverless[0]!]!;
        issues.push(
          issueOf(this, {
            nodes: [node.id, endpoint.id],
            message: `${nameOf(node)} watches ${nameOf(endpoint)}, a serverless endpoint: serverless inference has no data capture, so Model Monitor gets nothing to check.`,
            fix: { label: `Host ${nameOf(endpoint)} on a real-time endpoint (data capture)`, ops: [{ op: 'setParam', node: endpoint.id, key: 'inferenceMode', value: 'real-time' }] },
          }),
        );
        continue;
      }
      const fix = attachFix(ctx, i);
      issues.push(
        issueOf(this, {
          nodes: [node.id],
          message: `${nameOf(node)} watches no SageMaker endpoint: connect the endpoint whose captured traffic it checks.`,
          ...(fix ? { fix } : {}),
        }),
      );
    }
    return issues;
  },
});
