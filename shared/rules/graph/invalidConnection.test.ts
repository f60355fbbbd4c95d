import { describe, expect, it } from 'vitest';
import { applyFix, eventSource, issuesOf, pipeline, theIssue } from '../fixtures.testutil';

const RULE = 'invalid-connection';

describe(RULE, () => {
  it('fires when Firehose feeds an endpoint', () => {
    const doc = pipeline([eventSource('src', 10, 100), { id: 'fh', service: 'firehose' }, { id: 'ep', service: 'sagemaker-endpoint' }], ['src>fh>ep']);
    const issue = theIssue(doc, RULE);
    expect(issue.severity).toBe('error');
    expect(issue.nodes).toEqual(['fh', 'ep']);
    expect(issue.edges).toEqual(['fh-ep']);
    expect(issue.message).toBe('SageMaker Inference reads objects (files) only from S3; otherwise it takes a trained model, queries or features, and Firehose sends objects (files).');
  });

  it('explains sinks and sources', () => {
    const doc = pipeline([{ id: 'app', service: 'client' }, { id: 'lake', service: 's3' }, { id: 'src', service: 'source' }], ['app>lake>src']);
    expect(issuesOf(doc, RULE).map((issue) => issue.message)).toEqual(['Client is a sink: nothing flows out of it.', 'Source is a source: nothing flows into it.']);
  });

  it('stays quiet on a valid pipeline', () => {
    const doc = pipeline(
      [eventSource('src', 10, 100), { id: 'fh', service: 'firehose' }, { id: 'lake', service: 's3' }, { id: 'train', service: 'sagemaker-training' }, { id: 'ep', service: 'sagemaker-endpoint' }, { id: 'app', service: 'client' }],
      ['src>fh>lake>train>ep>app'],
    );
    expect(issuesOf(doc, RULE)).toEqual([]);
  });

  it('fix: removes the edge', () => {
    const doc = pipeline([eventSource('src', 10, 100), { id: 'fh', service: 'firehose' }, { id: 'lake', service: 's3' }, { id: 'ep', service: 'sagemaker-endpoint' }], ['src>fh>lake', 'fh>ep']);
    const fixed = applyFix(doc, theIssue(doc, RULE));
    expect(fixed.edges.map((edge) => edge.id)).toEqual(['src-fh', 'fh-lake']);
    expect(issuesOf(fixed, RULE)).toEqual([]);
  });
});
