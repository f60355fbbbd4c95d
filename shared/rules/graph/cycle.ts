import { nameOf } from '../helpers';
import { defineRule, issueOf } from '../types';

export const cycle = defineRule({
  id: 'cycle',
  family: 'graph',
  exam: ['MLS-C01 4.4', 'MLA-C01 3.3'],
  severity: 'error',
  firesWhen: 'the data-flow graph has a cycle',
  why: 'A pipeline moves data one way, from sources to consumers: a directed acyclic graph. A loop makes rates and costs undefined and usually means an edge was drawn backwards.',
  check(ctx) {
    return ctx.graph.cycleEdges.map((e) => {
      const edge = ctx.document.edges[e]!;
      const source = ctx.nodes[ctx.graph.edgeSource[e]!]!;
      const target = ctx.nodes[ctx.graph.edgeTarget[e]!]!;
      return issueOf(this, {
        nodes: [source.id, target.id],
        edges: [edge.id],
        message: `The edge ${nameOf(source)} → ${nameOf(target)} closes a loop.`,
        fix: { label: 'Remove the edge that closes the loop', ops: [{ op: 'removeEdge', edge: edge.id }] },
      });
    });
  },
});
