import { describe, expect, it } from 'vitest';
import { applyFix, issuesOf, nodeById, theIssue } from '../fixtures.testutil';
import { api, app, served } from './inference.testutil';

const RULE = 'batch-cannot-answer';

describe(RULE, () => {
  it('fires when an API waiting 200 ms sits behind Batch Transform; the fix makes the endpoint real-time', () => {
    const doc = served({ inferenceMode: 'batch-transform' }, [api(200), app], 'Loan scores');
    const issue = theIssue(doc, RULE);
    expect(issue.severity).toBe('error');
    expect(issue.nodes).toEqual(['ep', 'api']);
    expect(issue.message).toBe('Scoring API waits for an answer within 200 ms, but Loan scores runs Batch Transform, which answers no caller directly.');
    const fixed = applyFix(doc, issue);
    expect(nodeById(fixed, 'ep').params.inferenceMode).toBe('real-time');
    expect(issuesOf(fixed, RULE)).toEqual([]);
  });

  it('fires on an asynchronous endpoint with its own response-time target', () => {
    expect(theIssue(served({ inferenceMode: 'asynchronous', latencyTargetMs: 500 }), RULE).nodes).toEqual(['ep']);
  });

  it('stays quiet when Batch Transform fills a store the app reads, and for a waiting caller on real-time', () => {
    const store = { id: 'scores', service: 'dynamodb' as const, params: { latencyTargetMs: 10 } };
    expect(issuesOf(served({ inferenceMode: 'batch-transform' }, [store, app]), RULE)).toEqual([]);
    expect(issuesOf(served({ instanceCount: 2 }, [api(200), app]), RULE)).toEqual([]);
  });
});
