import { describe, expect, it } from 'vitest';
import { applyFix, eventSource, issuesOf, nodeById, pipeline, theIssue } from '../fixtures.testutil';

const RULE = 'kafka-need-without-msk';

const withStream = (stream: 'kinesis-data-streams' | 'msk', kafkaEcosystem = true) =>
  pipeline([eventSource('src', 1000, 1000), { id: 'stream', service: stream }, { id: 'a', service: 'lambda' }, { id: 'b', service: 'lambda' }], ['src>stream>a', 'stream>b'], {
    needs: { kafkaEcosystem },
  });

describe(RULE, () => {
  it('fires when the Kafka ecosystem is needed and there is no MSK', () => {
    const issue = theIssue(withStream('kinesis-data-streams'), RULE);
    expect(issue.severity).toBe('error');
    expect(issue.nodes).toEqual(['stream']);
    expect(issue.message).toBe('The Kafka ecosystem is required, but the design has no MSK cluster.');
  });

  it('fires without a fix when there is no stream to swap', () => {
    const doc = pipeline([eventSource('src', 10, 100), { id: 'fn', service: 'lambda' }], ['src>fn'], { needs: { kafkaEcosystem: true } });
    const issue = theIssue(doc, RULE);
    expect(issue.nodes).toEqual([]);
    expect(issue.fix).toBeUndefined();
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
  });
});
