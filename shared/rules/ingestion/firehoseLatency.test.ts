import { describe, expect, it } from 'vitest';
import { applyFix, eventSource, issuesOf, nodeById, pipeline, serviceEdges, theIssue } from '../fixtures.testutil';

const RULE = 'firehose-latency';

function feed(latencyTargetSeconds: number | undefined, bufferSeconds = 300) {
  return pipeline(
    [
      eventSource('src', 100, 1000),
      { id: 'fh', service: 'firehose', label: 'Feed', params: { bufferSeconds } },
      { id: 'fn', service: 'lambda', label: 'Sentiment', params: latencyTargetSeconds === undefined ? {} : { latencyTargetSeconds } },
    ],
    ['src>fh>fn'],
  );
}

describe(RULE, () => {
  it('fires when a consumer needs data fresher than the buffer', () => {
    const issue = theIssue(feed(5), RULE);
    expect(issue.severity).toBe('error');
    expect(issue.nodes).toEqual(['fn', 'fh']);
    expect(issue.message).toBe('Sentiment needs data within 5 s, but Feed delivers every 300 s.');
  });

  it('stays quiet when the target equals the buffer, or there is no target', () => {
    expect(issuesOf(feed(300), RULE)).toEqual([]);
    expect(issuesOf(feed(299), RULE)).toHaveLength(1);
    expect(issuesOf(feed(undefined), RULE)).toEqual([]);
  });

  it('sees through stores: a consumer two hops behind Firehose', () => {
    const doc = pipeline(
      [
        eventSource('src', 100, 1000),
        { id: 'fh', service: 'firehose', params: { bufferSeconds: 120 } },
        { id: 'lake', service: 's3' },
        { id: 'fn', service: 'lambda', params: { latencyTargetSeconds: 30 } },
      ],
      ['src>fh>lake>fn'],
    );
    const issue = theIssue(doc, RULE);
    expect(issue.nodes).toEqual(['fn', 'fh']);
    expect(issue.message).toContain('within 30 s');
    expect(issue.message).toContain('every 120 s');
  });

  it('fix for a sub-minute target: replace Firehose with Kinesis Data Streams', () => {
    const doc = feed(5);
    const fixed = applyFix(doc, theIssue(doc, RULE));
    expect(nodeById(fixed, 'fh').service).toBe('kinesis-data-streams');
    expect(serviceEdges(fixed)).toEqual(['kinesis-data-streams>lambda', 'source>kinesis-data-streams']);
    expect(issuesOf(fixed, RULE)).toEqual([]);
  });

  it('fix for a target of a minute or more: lower the buffer to the target', () => {
    const doc = feed(120.5);
    const issue = theIssue(doc, RULE);
    expect(issue.fix?.label).toBe('Lower the Firehose buffer to 120 s');
    const fixed = applyFix(doc, issue);
    expect(nodeById(fixed, 'fh').service).toBe('firehose');
    expect(nodeById(fixed, 'fh').params.bufferSeconds).toBe(120);
    expect(issuesOf(fixed, RULE)).toEqual([]);
  });
});
