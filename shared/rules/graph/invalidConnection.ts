import { connectionRefusal } from '../../catalog/index';
import { defineRule, issueOf } from '../types';

export const invalidConnection = defineRule({
  id: 'invalid-connection',
  family: 'graph',
  exam: ['MLS-C01 4.2', 'MLA-C01 1.1', 'MLA-C01 3.1'],
  severity: 'error',
  firesWhen: 'an edge’s target does not accept what its source emits (records, objects, model, predictions, queries)',
  why: 'Each service takes certain kinds of input: a stream takes records, S3 takes objects, an endpoint takes a model and queries. Firehose, for example, delivers objects to stores; it cannot feed an endpoint.',
  check(ctx) {
    const issues = [];
    const { edges } = ctx.document;
    for (let e = 0; e < edges.length; e++) {
      if (ctx.graph.edgeValid[e] || ctx.graph.edgeSource[e]! < 0) continue;
      const source = ctx.nodes[ctx.graph.edgeSource[e]!]!;
      const target = ctx.nodes[ctx.graph.edgeTarget[e]!]!;
      issues.push(
        issueOf(this, {
          nodes: [source.id, target.id],
          edges: [edges[e]!.id],
          message: connectionRefusal(source.service, target.service) ?? 'This connection is not allowed.',
          fix: { label: 'Remove the connection', ops: [{ op: 'removeEdge', edge: edges[e]!.id }] },
        }),
      );
    }
    return issues;
  },
});
