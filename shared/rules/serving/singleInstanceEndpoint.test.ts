import { describe, expect, it } from 'vitest';
import { applyFix, issuesOf, nodeById, theIssue } from '../fixtures.testutil';
import { api, app, served } from './inference.testutil';

const RULE = 'single-instance-endpoint';

describe(RULE, () => {
  it('fires on one instance without auto scaling behind an API; the fix runs two', () => {
    const doc = served({ instanceCount: 1, maxInstances: 1 }, [api(200), app], 'Fraud scoring');
    const issue = theIssue(doc, RULE);
    expect(issue.severity).toBe('warning');
    expect(issue.nodes).toEqual(['ep']);
    expect(issue.message).toBe('Fraud scoring answers Scoring API from a single instance with no auto scaling.');
    const fixed = applyFix(doc, issue);
    expect(nodeById(fixed, 'ep').params).toMatchObject({ instanceCount: 2, maxInstances: 2 });
    expect(issuesOf(fixed, RULE)).toEqual([]);
  });

  it('stays quiet with auto scaling, with no caller, or off real-time', () => {
    expect(issuesOf(served({ instanceCount: 1, maxInstances: 4 }, [app]), RULE)).toEqual([]);
    expect(issuesOf(served({ instanceCount: 1 }), RULE)).toEqual([]);
    expect(issuesOf(served({ inferenceMode: 'serverless' }, [app]), RULE)).toEqual([]);
  });
});
