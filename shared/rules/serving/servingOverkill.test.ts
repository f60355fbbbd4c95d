import { describe, expect, it } from 'vitest';
import { applyFix, issuesOf, nodeById, pipeline, theIssue } from '../fixtures.testutil';

const RULE = 'serving-overkill';

const store = (service: 'elasticache' | 'aurora' | 'dynamodb', latencyTargetMs?: number) =>
  pipeline(
    [{ id: 'lake', service: 's3' }, { id: 'train', service: 'sagemaker-training' }, { id: 'serve', service, label: 'Scores', params: latencyTargetMs === undefined ? {} : { latencyTargetMs } }],
    ['lake>train>serve'],
  );

describe(RULE, () => {
  it('fires on ElastiCache serving a target DynamoDB meets', () => {
    const issue = theIssue(store('elasticache', 50), RULE);
    expect(issue.severity).toBe('tip');
    expect(issue.nodes).toEqual(['serve']);
    expect(issue.message).toBe('Scores serves a 50 ms target that DynamoDB (~10 ms) meets without servers.');
  });

  it('fires on Aurora too', () => {
    expect(theIssue(store('aurora', 50), RULE).nodes).toEqual(['serve']);
  });

  it('fires at exactly 10 ms and stays quiet below it', () => {
    expect(issuesOf(store('elasticache', 10), RULE)).toHaveLength(1);
    expect(issuesOf(store('elasticache', 9), RULE)).toEqual([]);
  });

  it('stays quiet without a target, and on DynamoDB itself', () => {
    expect(issuesOf(store('elasticache'), RULE)).toEqual([]);
    expect(issuesOf(store('dynamodb', 50), RULE)).toEqual([]);
  });

  it('fix: replaces it with DynamoDB', () => {
    const doc = store('aurora', 50);
    const fixed = applyFix(doc, theIssue(doc, RULE));
    expect(nodeById(fixed, 'serve').service).toBe('dynamodb');
    expect(issuesOf(fixed, RULE)).toEqual([]);
    expect(issuesOf(fixed, 'serving-latency')).toEqual([]);
  });
});
