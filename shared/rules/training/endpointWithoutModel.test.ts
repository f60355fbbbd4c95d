import { describe, expect, it } from 'vitest';
import { applyFix, issuesOf, pipeline, serviceEdges, theIssue } from '../fixtures.testutil';

const RULE = 'endpoint-without-model';

describe(RULE, () => {
  it('fires on an endpoint with only queries coming in', () => {
    const doc = pipeline([{ id: 'api', service: 'api-gateway' }, { id: 'ep', service: 'sagemaker-endpoint', label: 'Scoring' }], ['api>ep']);
    const issue = theIssue(doc, RULE);
    expect(issue.severity).toBe('error');
    expect(issue.nodes).toEqual(['ep']);
    expect(issue.message).toBe('Scoring has no training job upstream, so there is no model to serve.');
  });

  it('stays quiet with a training job upstream', () => {
    const doc = pipeline([{ id: 'data', service: 's3' }, { id: 'train', service: 'sagemaker-training' }, { id: 'ep', service: 'sagemaker-endpoint' }], ['data>train>ep']);
    expect(issuesOf(doc, RULE)).toEqual([]);
  });

  it('leaves DataBrew-in-place-of-training to databrew-not-training', () => {
    const doc = pipeline([{ id: 'data', service: 's3' }, { id: 'brew', service: 'glue-databrew' }, { id: 'ep', service: 'sagemaker-endpoint' }], ['data>brew>ep']);
    expect(issuesOf(doc, RULE)).toEqual([]);
    expect(issuesOf(doc, 'databrew-not-training')).toHaveLength(1);
  });

  it('fix: puts a training job in front', () => {
    const doc = pipeline([{ id: 'api', service: 'api-gateway' }, { id: 'ep', service: 'sagemaker-endpoint' }], ['api>ep']);
    const fixed = applyFix(doc, theIssue(doc, RULE));
    expect(serviceEdges(fixed)).toEqual(['api-gateway>sagemaker-endpoint', 'sagemaker-training>sagemaker-endpoint']);
    expect(issuesOf(fixed, RULE)).toEqual([]);
  });
});
