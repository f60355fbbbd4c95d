import { describe, expect, it } from 'vitest';
import { applyFix, issuesOf, pipeline, theIssue } from '../fixtures.testutil';

const RULE = 'model-monitor-without-endpoint';

const served = [
  { id: 'lake', service: 's3' as const },
  { id: 'train', service: 'sagemaker-training' as const },
  { id: 'ep', service: 'sagemaker-endpoint' as const, label: 'Churn endpoint' },
  { id: 'app', service: 'client' as const },
  { id: 'watch', service: 'model-monitor' as const, label: 'Drift check' },
];

describe(RULE, () => {
  it('fires on a Model Monitor fed by a store instead of an endpoint, and the fix watches the endpoint', () => {
    const doc = pipeline([...served, { id: 'sql', service: 'athena' }], ['lake>train>ep>app', 'lake>sql>watch']);
    const issue = theIssue(doc, RULE);
    expect(issue.severity).toBe('error');
    expect(issue.nodes).toEqual(['watch']);
    expect(issue.message).toBe('Drift check watches no SageMaker endpoint: connect the endpoint whose captured traffic it checks.');
    const fixed = applyFix(doc, issue);
    expect(fixed.edges.filter((edge) => edge.target === 'watch').map((edge) => edge.source)).toEqual(['ep']);
    expect(issuesOf(fixed, RULE)).toEqual([]);
  });

  it('fires on a Model Monitor with no input, with no fix when no endpoint or several could be meant', () => {
    expect(theIssue(pipeline([{ id: 'watch', service: 'model-monitor' }], []), RULE).fix).toBeUndefined();
    const two = pipeline([...served, { id: 'ep2', service: 'sagemaker-endpoint' }], ['lake>train>ep>app', 'train>ep2']);
    expect(theIssue(two, RULE).fix).toBeUndefined();
  });

  it('fires when the only endpoint it watches is serverless (no data capture), and the fix hosts it in real time', () => {
    const doc = pipeline(
      served.map((node) => (node.id === 'ep' ? { ...node, params: { inferenceMode: 'serverless' } } : node)),
      ['lake>train>ep>app', 'ep>watch'],
    );
    const issue = theIssue(doc, RULE);
    expect(issue.severity).toBe('error');
    expect(issue.nodes).toEqual(['watch', 'ep']);
    expect(issue.message).toBe('Drift check watches Churn endpoint, a serverless endpoint: serverless inference has no data capture, so Model Monitor gets nothing to check.');
    const fixed = applyFix(doc, issue);
    expect(fixed.nodes.find((node) => node.id === 'ep')?.params.inferenceMode).toBe('real-time');
    expect(issuesOf(fixed, RULE)).toEqual([]);
  });

  it('stays quiet when the monitor captures an endpoint’s traffic', () => {
    expect(issuesOf(pipeline(served, ['lake>train>ep>app', 'ep>watch']), RULE)).toEqual([]);
  });
});
