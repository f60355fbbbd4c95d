import { describe, expect, it } from 'vitest';
import { applyFix, issuesOf, pipeline, serviceEdges, theIssue } from '../fixtures.testutil';

const RULE = 'precomputed-needs-request-time';

/** S3 → training → DynamoDB (batch scores) → the authorisation service. */
function precomputed(requestTimeFeatures: boolean) {
  return pipeline(
    [
      { id: 'lake', service: 's3' },
      { id: 'train', service: 'sagemaker-training', label: 'Fraud model', params: { runsPerMonth: 30 } },
      { id: 'scores', service: 'dynamodb', label: 'Card scores' },
      { id: 'auth', service: 'client', label: 'Authorisation' },
    ],
    ['lake>train>scores>auth'],
    { needs: { requestTimeFeatures } },
  );
}

describe(RULE, () => {
  it('fires when inputs exist only at request time but predictions come from a batch-filled table', () => {
    const issue = theIssue(precomputed(true), RULE);
    expect(issue.severity).toBe('error');
    expect(issue.nodes).toEqual(['auth']);
    expect(issue.message).toBe('Authorisation needs predictions on inputs known only at request time, but reads precomputed ones from Card scores.');
  });

  it('stays quiet without the need', () => {
    expect(issuesOf(precomputed(false), RULE)).toEqual([]);
  });

  it('stays quiet when a real-time endpoint answers the client', () => {
    const doc = pipeline(
      [{ id: 'lake', service: 's3' }, { id: 'train', service: 'sagemaker-training' }, { id: 'ep', service: 'sagemaker-endpoint' }, { id: 'api', service: 'api-gateway' }, { id: 'auth', service: 'client' }],
      ['lake>train>ep>api>auth'],
      { needs: { requestTimeFeatures: true } },
    );
    expect(issuesOf(doc, RULE)).toEqual([]);
  });

  it('also fires for an API in front of a table filled by a batch job', () => {
    const doc = pipeline(
      [{ id: 'lake', service: 's3' }, { id: 'job', service: 'sagemaker-processing' }, { id: 'out', service: 's3' }, { id: 'fn', service: 'lambda' }, { id: 'table', service: 'dynamodb' }, { id: 'api', service: 'api-gateway' }, { id: 'auth', service: 'client' }],
      ['lake>job>out>fn>table>api>auth'],
      { needs: { requestTimeFeatures: true } },
    );
    expect(issuesOf(doc, RULE).map((issue) => issue.nodes)).toEqual([['auth']]);
  });

  it('fix: puts a SageMaker real-time endpoint in front of the client', () => {
    const doc = precomputed(true);
    const fixed = applyFix(doc, theIssue(doc, RULE));
    // The table keeps its scores, but the client now calls the endpoint instead of reading them.
    expect(serviceEdges(fixed)).toEqual(['s3>sagemaker-training', 'sagemaker-endpoint>client', 'sagemaker-training>dynamodb', 'sagemaker-training>sagemaker-endpoint']);
    expect(issuesOf(fixed, RULE)).toEqual([]);
  });
});
