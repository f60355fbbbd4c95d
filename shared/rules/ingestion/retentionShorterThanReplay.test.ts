import { describe, expect, it } from 'vitest';
import type { Params } from '../../model/document';
import { applyFix, eventSource, issuesOf, nodeById, pipeline, theIssue } from '../fixtures.testutil';

const RULE = 'retention-shorter-than-replay';

const kdsWith = (replayHours: number, params: Params = {}) =>
  pipeline(
    [eventSource('src', 500, 1000), { id: 'kds', service: 'kinesis-data-streams', label: 'Meter stream', params }, { id: 'a', service: 'lambda' }, { id: 'b', service: 'lambda' }],
    ['src>kds>a', 'kds>b'],
    { needs: { replayHours } },
  );

const mskWith = (replayHours: number, params: Params = {}) =>
  pipeline([eventSource('src', 500, 1000), { id: 'msk', service: 'msk', label: 'Topics', params }, { id: 'a', service: 'lambda' }], ['src>msk>a'], { needs: { replayHours } });

describe(RULE, () => {
  it('fires when a stream keeps records for less than the replay window (7 days on the 24 h default)', () => {
    const issue = theIssue(kdsWith(168), RULE);
    expect(issue.severity).toBe('error');
    expect(issue.nodes).toEqual(['kds']);
    expect(issue.message).toBe('Meter stream keeps records for 24 h, but consumers must be able to re-read 168 h: older records are gone before a replay reaches them.');
    expect(issue.fix?.label).toBe('Set retention to 168 h');
  });

  it('fires on MSK whose log retention is shorter than the window', () => {
    const issue = theIssue(mskWith(720), RULE);
    expect(issue.message).toContain('Topics keeps records for 168 h');
    expect(issuesOf(mskWith(168), RULE)).toEqual([]);
  });

  it('stays quiet without a replay need, or when retention covers the window', () => {
    expect(issuesOf(kdsWith(0), RULE)).toEqual([]);
    expect(issuesOf(kdsWith(24), RULE)).toEqual([]);
    expect(issuesOf(kdsWith(168, { retentionHours: 168 }), RULE)).toEqual([]);
  });

  it('judges only the stream that takes the data first, not streams derived from it', () => {
    const chained = pipeline(
      [eventSource('src', 500, 1000), { id: 'raw', service: 'kinesis-data-streams', params: { retentionHours: 168 } }, { id: 'fn', service: 'lambda' }, { id: 'derived', service: 'kinesis-data-streams' }, { id: 'b', service: 'lambda' }],
      ['src>raw>fn>derived>b'],
      { needs: { replayHours: 168 } },
    );
    expect(issuesOf(chained, RULE)).toEqual([]);
  });

  it('fix: sets the retention to the window, and the stream is billed for it', () => {
    const doc = kdsWith(72);
    const fixed = applyFix(doc, theIssue(doc, RULE));
    expect(nodeById(fixed, 'kds').params.retentionHours).toBe(72);
    expect(issuesOf(fixed, RULE)).toEqual([]);
    const mskFixed = applyFix(mskWith(720), theIssue(mskWith(720), RULE));
    expect(nodeById(mskFixed, 'msk').params.retentionHours).toBe(720);
  });
});
