import { describe, expect, it } from 'vitest';
import type { NodeSpec } from '../../model/builder';
import type { Params } from '../../model/document';
import { applyFix, eventSource, issuesOf, nodeById, pipeline, theIssue } from '../fixtures.testutil';

const RULE = 'kds-shared-read-latency';

/** 1 MB/s into a 2-shard stream read by `consumers` Lambdas; the first needs data within `target` s. */
function stream(consumers: number, target?: number, enhancedFanOut = false) {
  const readers = Array.from({ length: consumers }, (_, k): NodeSpec => {
    const params: Params = k === 0 && target !== undefined ? { latencyTargetSeconds: target } : {};
    return { id: `r${k}`, service: 'lambda', label: `Reader ${k}`, params };
  });
  return pipeline(
    [eventSource('src', 1000, 1000), { id: 'kds', service: 'kinesis-data-streams', label: 'Trades', params: { shards: 2, enhancedFanOut } }, ...readers],
    ['src>kds', ...readers.map((r) => `kds>${r.id}`)],
  );
}

describe(RULE, () => {
  it('is an error when 200 ms × standard consumers exceeds a consumer’s freshness target', () => {
    const issue = theIssue(stream(6, 1), RULE);
    expect(issue.severity).toBe('error');
    expect(issue.nodes).toEqual(['kds', 'r0']);
    expect(issue.message).toBe('6 standard consumers share Trades: about 1.2 s before each sees a record, but Reader 0 needs 1 s.');
  });

  it('is a warning from five standard consumers, even without targets', () => {
    const issue = theIssue(stream(5), RULE);
    expect(issue.severity).toBe('warning');
    expect(issue.nodes).toEqual(['kds']);
    expect(issue.message).toBe('5 standard consumers share Trades: about 1 s before each sees a record.');
  });

  it('stays quiet with few consumers whose targets the delay meets', () => {
    expect(issuesOf(stream(4), RULE)).toEqual([]);
    expect(issuesOf(stream(3, 1), RULE)).toEqual([]);
    // Exactly 5 × 200 ms = 1 s meets a 1 s target: only the crowding warning remains.
    expect(theIssue(stream(5, 1), RULE).severity).toBe('warning');
  });

  it('stays quiet with enhanced fan-out', () => {
    expect(issuesOf(stream(6, 1, true), RULE)).toEqual([]);
  });

  it('fix: enables enhanced fan-out, which clears it', () => {
    const doc = stream(6, 1);
    const fixed = applyFix(doc, theIssue(doc, RULE));
    expect(nodeById(fixed, 'kds').params.enhancedFanOut).toBe(true);
    expect(issuesOf(fixed, RULE)).toEqual([]);
  });

  it('is separate from kds-read-limit: enough shards for the bytes, still too many pollers', () => {
    expect(issuesOf(stream(6, 0.5), 'kds-read-limit')).toHaveLength(1);
    const roomy = pipeline(
      [eventSource('src', 100, 1000), { id: 'kds', service: 'kinesis-data-streams', params: { shards: 1 } }, ...[0, 1, 2, 3, 4, 5].map((k): NodeSpec => ({ id: `r${k}`, service: 'lambda', params: { latencyTargetSeconds: 0.5 } }))],
      ['src>kds', ...[0, 1, 2, 3, 4, 5].map((k) => `kds>r${k}`)],
    );
    expect(issuesOf(roomy, 'kds-read-limit')).toEqual([]);
    expect(theIssue(roomy, RULE).severity).toBe('error');
  });
});
