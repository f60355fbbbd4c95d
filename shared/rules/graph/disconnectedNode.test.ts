import { describe, expect, it } from 'vitest';
import { applyFix, issuesOf, pipeline, servicesOf, theIssue, trainingDesign } from '../fixtures.testutil';

const RULE = 'disconnected-node';

describe(RULE, () => {
  it('fires on a node with no edges', () => {
    const doc = pipeline([{ id: 'lake', service: 's3' }, { id: 'train', service: 'sagemaker-training' }, { id: 'cache', service: 'elasticache', label: 'Leftover cache' }], ['lake>train']);
    const issue = theIssue(doc, RULE);
    expect(issue.severity).toBe('warning');
    expect(issue.nodes).toEqual(['cache']);
    expect(issue.message).toBe('Leftover cache is not connected to anything.');
  });

  it('counts an invalid edge as a connection (invalid-connection reports it)', () => {
    const doc = pipeline([{ id: 'db', service: 'dynamodb' }, { id: 'train', service: 'sagemaker-training' }], ['db>train']);
    expect(issuesOf(doc, RULE)).toEqual([]);
  });

  it('stays quiet when every node is connected', () => {
    expect(issuesOf(trainingDesign({}), RULE)).toEqual([]);
  });

  it('fix: removes the node', () => {
    const doc = pipeline([{ id: 'lake', service: 's3' }, { id: 'train', service: 'sagemaker-training' }, { id: 'cache', service: 'elasticache' }], ['lake>train']);
    const fixed = applyFix(doc, theIssue(doc, RULE));
    expect(servicesOf(fixed)).toEqual(['s3', 'sagemaker-training']);
    expect(issuesOf(fixed, RULE)).toEqual([]);
  });
});
