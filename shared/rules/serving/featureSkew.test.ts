import { describe, expect, it } from 'vitest';
import type { NodeSpec } from '../../model/builder';
import { applyFix, issuesOf, nodeById, pipeline, serviceEdges, theIssue } from '../fixtures.testutil';

const RULE = 'feature-skew';

const endpoint: NodeSpec = { id: 'ep', service: 'sagemaker-endpoint', label: 'Scoring', params: { latencyTargetMs: 100 } };
const training: NodeSpec = { id: 'train', service: 'sagemaker-training', label: 'Churn model' };

describe(RULE, () => {
  it('fires when serving reads DynamoDB features but training learns from the data lake', () => {
    const doc = pipeline(
      [{ id: 'lake', service: 's3' }, { id: 'load', service: 'lambda' }, { id: 'table', service: 'dynamodb' }, training, endpoint],
      ['lake>train>ep', 'load>table>ep'],
    );
    const issue = theIssue(doc, RULE);
    expect(issue.severity).toBe('warning');
    expect(issue.nodes).toEqual(['ep', 'train']);
    expect(issue.message).toBe('Scoring reads its features from DynamoDB, but Churn model learns from S3: two pipelines for the same features drift apart.');
    // DynamoDB becomes a Feature Store (the Lambda writes records to it) that also feeds training.
    const fixed = applyFix(doc, issue);
    expect(nodeById(fixed, 'table').service).toBe('sagemaker-feature-store');
    expect(serviceEdges(fixed)).toContain('sagemaker-feature-store>sagemaker-training');
    expect(issuesOf(fixed, RULE)).toEqual([]);
    expect(issuesOf(fixed, 'invalid-connection')).toEqual([]);
  });

  it('fires when serving has a Feature Store and training does not read it; the fix trains from its offline store', () => {
    const doc = pipeline(
      [{ id: 'lake', service: 's3' }, { id: 'fs', service: 'sagemaker-feature-store', params: { offlineStore: false } }, training, endpoint],
      ['lake>train>ep', 'lake>fs>ep'],
    );
    const issue = theIssue(doc, RULE);
    expect(issue.fix?.label).toBe('Train from the same Feature Store (offline store)');
    const fixed = applyFix(doc, issue);
    expect(nodeById(fixed, 'fs').params.offlineStore).toBe(true);
    expect(serviceEdges(fixed)).toContain('sagemaker-feature-store>sagemaker-training');
    expect(issuesOf(fixed, RULE)).toEqual([]);
  });

  it('stays quiet when one Feature Store feeds both the endpoint and the training job', () => {
    const doc = pipeline([{ id: 'lake', service: 's3' }, { id: 'fs', service: 'sagemaker-feature-store' }, training, endpoint], ['lake>fs>train>ep', 'fs>ep']);
    expect(issuesOf(doc, RULE)).toEqual([]);
  });

  it('stays quiet when the endpoint reads no features from a store (they come with the request)', () => {
    const doc = pipeline([{ id: 'lake', service: 's3' }, training, endpoint, { id: 'api', service: 'api-gateway' }], ['lake>train>ep>api']);
    expect(issuesOf(doc, RULE)).toEqual([]);
  });
});
