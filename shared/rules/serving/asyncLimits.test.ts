import { describe, expect, it } from 'vitest';
import { applyFix, issuesOf, nodeById, theIssue } from '../fixtures.testutil';
import { served } from './inference.testutil';

const RULE = 'async-limits';

describe(RULE, () => {
  it('fires on asynchronous requests of 2 GB or 2 hours; the fix switches to Batch Transform and clears it', () => {
    const doc = served({ inferenceMode: 'asynchronous', payloadMb: 2048, processingSeconds: 7200 }, [], 'Genome scoring');
    const issue = theIssue(doc, RULE);
    expect(issue.severity).toBe('error');
    expect(issue.nodes).toEqual(['ep']);
    expect(issue.message).toBe('Genome scoring is asynchronous but gets 2,048 MB payloads (limit 1 GB) and 7,200 s per request (limit one hour).');
    const fixed = applyFix(doc, issue);
    expect(nodeById(fixed, 'ep').params.inferenceMode).toBe('batch-transform');
    expect(issuesOf(fixed, RULE)).toEqual([]);
  });

  it('stays quiet up to 1 GB and one hour, and for other modes', () => {
    expect(issuesOf(served({ inferenceMode: 'asynchronous', payloadMb: 1024, processingSeconds: 3600 }), RULE)).toEqual([]);
    expect(issuesOf(served({ inferenceMode: 'batch-transform', payloadMb: 5000 }), RULE)).toEqual([]);
  });
});
