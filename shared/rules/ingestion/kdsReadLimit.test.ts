import { describe, expect, it } from 'vitest';
import type { NodeSpec } from '../../model/builder';
import { applyFix, eventSource, issuesOf, nodeById, pipeline, theIssue } from '../fixtures.testutil';

const RULE = 'kds-read-limit';

/** 2 MB/s into a stream with `shards` shards read by `consumers` Lambdas. */
function stream(consumers: number, shards: number, enhancedFanOut = false) {
  const readers: NodeSpec[] = Array.from({ length: consumers }, (_, k) => ({ id: `r${k}`, service: 'lambda' }));
  return pipeline(
    [eventSource('src', 2000, 1000), { id: 'kds', service: 'kinesis-data-streams', params: { shards, enhancedFanOut } }, ...readers],
    ['src>kds', ...readers.map((r) => `kds>${r.id}`)],
  );
}

describe(RULE, () => {
  it('fires when consumers × MB/s exceeds 2 MB/s per shard', () => {
    const issue = theIssue(stream(3, 2), RULE);
    expect(issue.severity).toBe('warning');
    expect(issue.nodes).toEqual(['kds']);
    expect(issue.message).toBe('3 consumers × 2 MB/s = 6 MB/s of reads, above the 4 MB/s that 2 shards share.');
    expect(issue.why).toContain('raise the stream to 3 shards');
  });

  it('stays quiet when reads exactly fill the shards', () => {
    expect(issuesOf(stream(2, 2), RULE)).toEqual([]);
    expect(issuesOf(stream(3, 3), RULE)).toEqual([]);
  });

  it('stays quiet with enhanced fan-out', () => {
    expect(issuesOf(stream(3, 2, true), RULE)).toEqual([]);
  });

  it('fix: enables enhanced fan-out', () => {
    const doc = stream(3, 2);
    const fixed = applyFix(doc, theIssue(doc, RULE));
    expect(nodeById(fixed, 'kds').params.enhancedFanOut).toBe(true);
    expect(issuesOf(fixed, RULE)).toEqual([]);
  });
});
