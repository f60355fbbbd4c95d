import { describe, expect, it } from 'vitest';
import { applyFix, eventSource, issuesOf, nodeById, pipeline, theIssue } from '../fixtures.testutil';

const RULE = 'exactly-once-without-kafka';

const withStream = (stream: 'kinesis-data-streams' | 'msk', exactlyOnce = true) =>
  pipeline([eventSource('src', 1000, 1000), { id: 'stream', service: stream }, { id: 'a', service: 'managed-flink' }, { id: 'b', service: 'lambda' }], ['src>stream>a', 'stream>b'], {
    needs: { exactlyOnce },
  });

describe(RULE, () => {
  it('warns when exactly-once is needed and there is no MSK, mentioning Flink', () => {
    const issue = theIssue(withStream('kinesis-data-streams'), RULE);
    expect(issue.severity).toBe('warning');
    expect(issue.nodes).toEqual(['stream']);
    expect(issue.message).toBe('Exactly-once delivery is required, but the design has no MSK cluster.');
    expect(issue.why).toContain('Managed Service for Apache Flink');
  });

  it('stays quiet with MSK, or without the need', () => {
    expect(issuesOf(withStream('msk'), RULE)).toEqual([]);
    expect(issuesOf(withStream('kinesis-data-streams', false), RULE)).toEqual([]);
  });

  it('fix: replaces the stream with MSK', () => {
    const doc = withStream('kinesis-data-streams');
    const fixed = applyFix(doc, theIssue(doc, RULE));
    expect(nodeById(fixed, 'stream').service).toBe('msk');
    expect(issuesOf(fixed, RULE)).toEqual([]);
    expect(issuesOf(fixed, 'msk-without-kafka-need')).toEqual([]);
  });
});
