import { describe, expect, it } from 'vitest';
import { applyFix, eventSource, issuesOf, nodeById, pipeline, serviceEdges, theIssue } from '../fixtures.testutil';

const RULE = 'replay-needs-stream';

const throughFirehose = (replayHours: number) =>
  pipeline([eventSource('src', 100, 1000), { id: 'fh', service: 'firehose', label: 'Feed' }, { id: 'lake', service: 's3' }], ['src>fh>lake'], { needs: { replayHours } });

describe(RULE, () => {
  it('fires when replay is needed and data arrives only through Firehose', () => {
    const issue = theIssue(throughFirehose(24), RULE);
    expect(issue.severity).toBe('error');
    expect(issue.nodes).toEqual(['fh']);
    expect(issue.message).toBe('Replay of 24 h is required, but data arrives only through Feed, which keeps nothing to re-read.');
  });

  it('names every Firehose when there are several', () => {
    const doc = pipeline(
      [eventSource('src', 100, 1000), { id: 'a', service: 'firehose', label: 'A' }, { id: 'b', service: 'firehose', label: 'B' }, { id: 'lake', service: 's3' }, { id: 'fn', service: 'lambda' }],
      ['src>a>lake', 'src>b>fn'],
      { needs: { replayHours: 24 } },
    );
    const issue = theIssue(doc, RULE);
    expect(issue.nodes).toEqual(['a', 'b']);
    expect(issue.message).toContain('through A, B,');
  });

  it('stays quiet without a replay need', () => {
    expect(issuesOf(throughFirehose(0), RULE)).toEqual([]);
  });

  it('stays quiet when a stream retains the data', () => {
    const kds = pipeline(
      [eventSource('src', 100, 1000), { id: 'kds', service: 'kinesis-data-streams' }, { id: 'fh', service: 'firehose' }, { id: 'lake', service: 's3' }],
      ['src>kds>fh>lake'],
      { needs: { replayHours: 24 } },
    );
    expect(issuesOf(kds, RULE)).toEqual([]);
    const msk = pipeline([eventSource('src', 100, 1000), { id: 'msk', service: 'msk' }, { id: 'fn', service: 'lambda' }], ['src>msk>fn'], { needs: { replayHours: 24 } });
    expect(issuesOf(msk, RULE)).toEqual([]);
  });

  it('fix: a stream in front, Firehose kept for the S3 delivery', () => {
    const doc = throughFirehose(24);
    const fixed = applyFix(doc, theIssue(doc, RULE));
    expect(nodeById(fixed, 'fh').service).toBe('kinesis-data-streams');
    expect(serviceEdges(fixed)).toEqual(['firehose>s3', 'kinesis-data-streams>firehose', 'source>kinesis-data-streams']);
    expect(issuesOf(fixed, RULE)).toEqual([]);
  });

  it('fix: the stream keeps the replay window, so no retention error follows', () => {
    const doc = throughFirehose(168);
    const fixed = applyFix(doc, theIssue(doc, RULE));
    expect(nodeById(fixed, 'fh').params.retentionHours).toBe(168);
    expect(issuesOf(fixed, 'retention-shorter-than-replay')).toEqual([]);
  });
});
