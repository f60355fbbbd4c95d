import { describe, expect, it } from 'vitest';
import type { Issue } from '../../shared/analysis/types';
import type { RuleId } from '../../shared/rules/registry';
import { groupIssues, messageShape } from './issueGroups';

const issue = (rule: RuleId, node: string, message: string): Issue => ({ rule, severity: 'tip', nodes: [node], edges: [], message, why: '' });
const labels: Record<string, string> = { a: 'Feed 1', b: 'Feed 10', c: 'Stream' };
const labelOf = (id: string) => labels[id];

describe('issue groups', () => {
  it('takes node names out of the message, longest first', () => {
    expect(messageShape(issue('serving-latency', 'b', 'Feed 10 is not connected to anything.'), labelOf)).toBe('… is not connected to anything.');
  });

  it('groups one rule\'s messages that differ only by node names, keeps other messages apart, in first-seen order', () => {
    const groups = groupIssues(
      [
        issue('disconnected-node', 'a', 'Feed 1 is not connected to anything.'),
        issue('kds-under-provisioned', 'c', 'Stream needs 2 shards.'),
        issue('disconnected-node', 'b', 'Feed 10 is not connected to anything.'),
        issue('no-source', 'a', 'Feed 1 is not connected to anything.'),
      ],
      labelOf,
    );
    expect(groups.map((g) => [g.shape, g.issues.length])).toEqual([
      ['… is not connected to anything.', 2],
      ['… needs 2 shards.', 1],
      ['… is not connected to anything.', 1],
    ]);
  });
});
