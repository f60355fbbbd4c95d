import type { AnalysisContext } from '../../analysis/context';
import type { Fix } from '../../analysis/types';
import { nameOf, nodesOf } from '../helpers';
import { defineRule, issueOf } from '../types';

/** Whether a valid edge from a SageMaker endpoint reaches monitor `i` (data capture). */
function watchesAnEndpoint(ctx: AnalysisContext, i: number): boolean {
  const { inStart, inEdge, edgeSource, edgeValid } = ctx.graph;
  for (let k = inStart[i]!; k < inStart[i + 1]!; k++) {
    const e = inEdge[k]!;
    if (edgeValid[e] && ctx.nodes[edgeSource[e]!]!.service === 'sagemaker-endpoint') return true;
  }
  return false;
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
  firesWhen: 'a Model Monitor node does not watch a SageMaker endpoint (no edge from an endpoint)',
  why: 'Model Monitor analyses the requests and responses an endpoint records with data capture, comparing them with a baseline built from the training data. Without an endpoint capturing its traffic it has nothing to analyse; drift in a table, a warehouse or a file in S3 is a job for a data-quality check (Glue Data Quality, Deequ) instead.',
  exam: ['MLS-C01 4.4', 'MLA-C01 4.1'],
  check(ctx) {
    const issues = [];
    for (const i of nodesOf(ctx, 'model-monitor')) {
      if (watchesAnEndpoint(ctx, i)) continue;
      const node = ctx.nodes[i]!;
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
