import { describe, expect, it } from 'vitest';
import { applyFix, issuesOf, nodeById, theIssue } from '../fixtures.testutil';
import { api, app, served } from './inference.testutil';

const RULE = 'serverless-unfit';

describe(RULE, () => {
  it('fires on a serverless endpoint whose model needs a GPU; the fix returns it to real-time instances', () => {
    const doc = served({ inferenceMode: 'serverless', instanceType: 'ml.g5.xlarge' }, [], 'Image captions');
    const issue = theIssue(doc, RULE);
    expect(issue.severity).toBe('error');
    expect(issue.nodes).toEqual(['ep']);
    expect(issue.message).toBe('Image captions is serverless, but its model needs a GPU (ml.g5.xlarge), which serverless inference does not offer.');
    const fixed = applyFix(doc, issue);
    expect(nodeById(fixed, 'ep').params.inferenceMode).toBe('real-time');
    expect(issuesOf(fixed, RULE)).toEqual([]);
  });

  it('fires when an API must be answered faster than a cold start, naming it', () => {
    const issue = theIssue(served({ inferenceMode: 'serverless' }, [api(300), app]), RULE);
    expect(issue.nodes).toEqual(['ep', 'api']);
    expect(issue.message).toBe('Scoring is serverless, but Scoring API must be answered within 300 ms, less than a cold start (~1,000 ms).');
  });

  it('stays quiet on CPU with a target a cold start meets', () => {
    expect(issuesOf(served({ inferenceMode: 'serverless' }, [api(1000), app]), RULE)).toEqual([]);
    expect(issuesOf(served({ instanceType: 'ml.g5.xlarge' }), RULE)).toEqual([]);
  });
});
