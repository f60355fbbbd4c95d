import { describe, expect, it } from 'vitest';
import { analyze } from '../../analysis/analyze';
import { applyFix, issuesOf, nodeById, theIssue } from '../fixtures.testutil';
import { api, app, served } from './inference.testutil';

const RULE = 'serverless-fits';

const intermittent = { trafficPattern: 'intermittent', instanceType: 'ml.m5.large', instanceCount: 1, requestsPerSecond: 0.05, processingSeconds: 0.5 };

describe(RULE, () => {
  it('tips a real-time CPU endpoint with intermittent traffic towards serverless; the fix cuts the bill and clears it', () => {
    const doc = served(intermittent, [api(2000), app], 'Claims triage');
    const issue = theIssue(doc, RULE);
    expect(issue.severity).toBe('tip');
    expect(issue.nodes).toEqual(['ep']);
    expect(issue.message).toBe('Claims triage has intermittent traffic on a CPU instance: serverless inference would bill only the requests.');
    const fixed = applyFix(doc, issue);
    expect(nodeById(fixed, 'ep').params.inferenceMode).toBe('serverless');
    expect(issuesOf(fixed, RULE)).toEqual([]);
    expect(issuesOf(fixed, 'serverless-unfit')).toEqual([]);
    expect(analyze(fixed).cost.total).toBeLessThan(analyze(doc).cost.total);
  });

  it('stays quiet for steady traffic, a GPU, or a target a cold start would break', () => {
    expect(issuesOf(served({ ...intermittent, trafficPattern: 'steady' }), RULE)).toEqual([]);
    expect(issuesOf(served({ ...intermittent, instanceType: 'ml.g4dn.xlarge' }), RULE)).toEqual([]);
    expect(issuesOf(served(intermittent, [api(100), app]), RULE)).toEqual([]);
  });
});
