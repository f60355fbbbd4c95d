import { describe, expect, it } from 'vitest';
import { applyFix, issuesOf, nodeById, theIssue } from '../fixtures.testutil';
import { served } from './inference.testutil';

const RULE = 'realtime-payload-limits';

describe(RULE, () => {
  it('fires on a real-time endpoint given 8 MB payloads; the fix switches to asynchronous and clears it', () => {
    const doc = served({ payloadMb: 8, processingSeconds: 2 }, [], 'Video tagging');
    const issue = theIssue(doc, RULE);
    expect(issue.severity).toBe('error');
    expect(issue.nodes).toEqual(['ep']);
    expect(issue.message).toBe('Video tagging is real-time but gets 8 MB payloads (limit 6 MB).');
    const fixed = applyFix(doc, issue);
    expect(nodeById(fixed, 'ep').params.inferenceMode).toBe('asynchronous');
    expect(issuesOf(fixed, RULE)).toEqual([]);
    expect(issuesOf(fixed, 'async-limits')).toEqual([]);
  });

  it('fires on requests over 60 s, and on serverless above 4 MB', () => {
    expect(theIssue(served({ processingSeconds: 90 }), RULE).message).toBe('Scoring is real-time but gets 90 s per request (limit 60 s).');
    expect(theIssue(served({ inferenceMode: 'serverless', payloadMb: 5 }), RULE).message).toBe('Scoring is serverless but gets 5 MB payloads (limit 4 MB).');
  });

  it('stays quiet at the limits, and for modes that take more', () => {
    expect(issuesOf(served({ payloadMb: 6, processingSeconds: 60 }), RULE)).toEqual([]);
    expect(issuesOf(served({ inferenceMode: 'serverless', payloadMb: 4, processingSeconds: 60 }), RULE)).toEqual([]);
    expect(issuesOf(served({ inferenceMode: 'asynchronous', payloadMb: 500, processingSeconds: 900 }), RULE)).toEqual([]);
  });
});
