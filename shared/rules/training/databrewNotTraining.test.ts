import { describe, expect, it } from 'vitest';
import { applyFix, issuesOf, pipeline, serviceEdges, theIssue } from '../fixtures.testutil';

const RULE = 'databrew-not-training';

describe(RULE, () => {
  it('fires when DataBrew feeds an endpoint with no training on the way', () => {
    const doc = pipeline([{ id: 'lake', service: 's3' }, { id: 'brew', service: 'glue-databrew', label: 'Recipes' }, { id: 'ep', service: 'sagemaker-endpoint', label: 'Scoring' }], ['lake>brew>ep']);
    const issue = theIssue(doc, RULE);
    expect(issue.severity).toBe('error');
    expect(issue.nodes).toEqual(['ep', 'brew']);
    expect(issue.message).toBe('Scoring is fed by DataBrew with no training on the way; DataBrew prepares data, it does not train a model.');
  });

  it('fires on a serving store further down, without a fix when DataBrew is not its direct producer', () => {
    const doc = pipeline([{ id: 'lake', service: 's3' }, { id: 'brew', service: 'glue-databrew' }, { id: 'fn', service: 'lambda' }, { id: 'db', service: 'dynamodb' }], ['lake>brew>fn>db']);
    const issue = theIssue(doc, RULE);
    expect(issue.nodes).toEqual(['db']);
    expect(issue.fix).toBeUndefined();
  });

  it('stays quiet when a training job lies on the path', () => {
    const doc = pipeline(
      [{ id: 'lake', service: 's3' }, { id: 'brew', service: 'glue-databrew' }, { id: 'clean', service: 's3' }, { id: 'train', service: 'sagemaker-training' }, { id: 'db', service: 'dynamodb' }],
      ['lake>brew>clean>train>db'],
    );
    expect(issuesOf(doc, RULE)).toEqual([]);
  });

  it('fix: inserts SageMaker Training after DataBrew', () => {
    const doc = pipeline([{ id: 'lake', service: 's3' }, { id: 'brew', service: 'glue-databrew' }, { id: 'ep', service: 'sagemaker-endpoint' }], ['lake>brew>ep']);
    const fixed = applyFix(doc, theIssue(doc, RULE));
    expect(serviceEdges(fixed)).toEqual(['glue-databrew>sagemaker-training', 's3>glue-databrew', 'sagemaker-training>sagemaker-endpoint']);
    expect(issuesOf(fixed, RULE)).toEqual([]);
    expect(issuesOf(fixed, 'invalid-connection')).toEqual([]);
    expect(issuesOf(fixed, 'endpoint-without-model')).toEqual([]);
  });
});
