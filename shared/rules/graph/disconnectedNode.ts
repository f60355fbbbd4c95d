import { nameOf } from '../helpers';
import { defineRule, issueOf } from '../types';

export const disconnectedNode = defineRule({
  id: 'disconnected-node',
  family: 'graph',
  exam: ['MLS-C01 4.2', 'MLA-C01 4.2'],
  severity: 'warning',
  firesWhen: 'a node has no edges',
  why: 'A service with no connections moves no data and does nothing in the design; it is often a leftover or a missing connection.',
  check(ctx) {
    const issues = [];
    for (let i = 0; i < ctx.nodes.length; i++) {
      if (ctx.hasEdges(i)) continue;
      const node = ctx.nodes[i]!;
      issues.push(
        issueOf(this, {
          nodes: [node.id],
          message: `${nameOf(node)} is not connected to anything.`,
          fix: { label: 'Remove it', ops: [{ op: 'removeNode', node: node.id }] },
        }),
      );
    }
    return issues;
  },
});
