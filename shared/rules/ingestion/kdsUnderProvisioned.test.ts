import { describe, expect, it } from 'vitest';
import { analyze } from '../../analysis/analyze';
import { applyFix, eventSource, issuesOf, nodeById, pipeline, theIssue } from '../fixtures.testutil';

const RULE = 'kds-under-provisioned';

const clicks = (shards: number, mode = 'provisioned') =>
  pipeline(
    [eventSource('src', 8000, 750), { id: 'kds', service: 'kinesis-data-streams', label: 'Clicks', params: { shards, mode } }, { id: 'a', service: 'lambda' }, { id: 'b', service: 'lambda' }],
    ['src>kds>a', 'kds>b'],
  );

describe(RULE, () => {
  it('fires with 7 shards for 8,000 × 750 B events: the records limit needs 8', () => {
    const doc = clicks(7);
    const issue = theIssue(doc, RULE);
    expect(issue.severity).toBe('error');
    expect(issue.nodes).toEqual(['kds']);
    expect(issue.message).toBe('Clicks has 7 shards but needs 8: 6 MB/s needs 6 by bytes, 8,000 records/s needs 8 by records.');
    expect(analyze(doc).derived.nodes.kds).toMatchObject({ shardsRequired: 8, shardsBy: 'records' });
  });

  it('uses the singular for one shard', () => {
    const doc = pipeline([eventSource('src', 2000, 2000), { id: 'kds', service: 'kinesis-data-streams', params: { shards: 1 } }, { id: 'a', service: 'lambda' }, { id: 'b', service: 'lambda' }], ['src>kds>a', 'kds>b']);
    expect(theIssue(doc, RULE).message).toBe('Kinesis Data Streams has 1 shard but needs 4: 4 MB/s needs 4 by bytes, 2,000 records/s needs 2 by records.');
  });

  it('stays quiet when the shards equal the requirement', () => {
    expect(issuesOf(clicks(8), RULE)).toEqual([]);
  });

  it('stays quiet in on-demand mode, whatever the shard setting', () => {
    expect(issuesOf(clicks(1, 'on-demand'), RULE)).toEqual([]);
  });

  it('fix: sets shards to the required number', () => {
    const doc = clicks(7);
    const fixed = applyFix(doc, theIssue(doc, RULE));
    expect(nodeById(fixed, 'kds').params.shards).toBe(8);
    expect(issuesOf(fixed, RULE)).toEqual([]);
  });
});

describe('kds-under-provisioned beyond one stream', () => {
  it('offers no shard count past the catalog maximum and says to split the stream', () => {
    const flood = pipeline(
      [eventSource('src', 20_000_000, 1000), { id: 'kds', service: 'kinesis-data-streams', params: { shards: 10, mode: 'provisioned' } }, { id: 'fn', service: 'lambda' }],
      ['src>kds>fn'],
    );
    const issue = analyze(flood).issues.find((found) => found.rule === RULE)!;
    expect(issue.message).toContain('but needs 20,000:');
    expect(issue.message).toContain('more than one stream can have (10,000 shards)');
    expect(issue.fix).toBeUndefined();
  });
});
