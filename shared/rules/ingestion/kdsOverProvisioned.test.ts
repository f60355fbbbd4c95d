import { describe, expect, it } from 'vitest';
import { applyFix, eventSource, issuesOf, nodeById, pipeline, theIssue } from '../fixtures.testutil';

const RULE = 'kds-over-provisioned';

/** `events` × 1,000 B into a stream of `shards` shards with two readers. */
const stream = (events: number, shards: number) =>
  pipeline(
    [eventSource('src', events, 1000), { id: 'kds', service: 'kinesis-data-streams', label: 'Orders', params: { shards } }, { id: 'a', service: 'lambda' }, { id: 'b', service: 'lambda' }],
    ['src>kds>a', 'kds>b'],
  );

describe(RULE, () => {
  it('fires with more than twice the shards needed, naming the idle cost', () => {
    const issue = theIssue(stream(100, 3), RULE);
    expect(issue.severity).toBe('tip');
    expect(issue.nodes).toEqual(['kds']);
    // 2 idle shards × 730 h × $0.015
    expect(issue.message).toBe('Orders has 3 shards but needs 1; the idle ones cost $21.90/month.');
  });

  it('stays quiet at exactly twice the need', () => {
    expect(issuesOf(stream(100, 2), RULE)).toEqual([]);
    expect(issuesOf(stream(2000, 4), RULE)).toEqual([]);
    expect(issuesOf(stream(2000, 5), RULE)).toHaveLength(1);
  });

  it('fix: sets shards to the required number', () => {
    const doc = stream(2000, 5);
    const fixed = applyFix(doc, theIssue(doc, RULE));
    expect(nodeById(fixed, 'kds').params.shards).toBe(2);
    expect(issuesOf(fixed, RULE)).toEqual([]);
    expect(issuesOf(fixed, 'kds-under-provisioned')).toEqual([]);
  });
});
