import { describe, expect, it } from 'vitest';
import type { NodeSpec } from '../../model/builder';
import { applyFix, issuesOf, nodeById, pipeline, serviceEdges, theIssue } from '../fixtures.testutil';

const RULE = 'features-offline-for-realtime';

/** S3 → training → endpoint (60 ms) → client, with the endpoint reading its features from `store`. */
const served = (store: NodeSpec, latencyTargetMs = 60) =>
  pipeline(
    [
      { id: 'lake', service: 's3', label: 'History' },
      { id: 'train', service: 'sagemaker-training', label: 'Model' },
      store,
      { id: 'ep', service: 'sagemaker-endpoint', label: 'Scoring', params: { latencyTargetMs } },
      { id: 'app', service: 'client' },
    ],
    ['lake>train>ep>app', 'lake>store', 'store>ep'],
  );

describe(RULE, () => {
  it('fires when the endpoint reads its features through Athena', () => {
    const issue = theIssue(served({ id: 'store', service: 'athena' }), RULE);
    expect(issue.severity).toBe('error');
    expect(issue.nodes).toEqual(['ep', 'store']);
    expect(issue.message).toBe('Scoring must answer within 60 ms, but it reads its features from Athena (~2,000 ms).');
    expect(issue.fix?.label).toBe('Replace with a Feature Store online store');
  });

  it('fires on an offline-only Feature Store; the fix turns its online store on', () => {
    const doc = served({ id: 'store', service: 'sagemaker-feature-store', label: 'Customer features', params: { onlineStore: false } });
    const issue = theIssue(doc, RULE);
    expect(issue.message).toBe('Scoring must answer within 60 ms, but it reads its features from Customer features, an offline-only Feature Store (~2,000 ms).');
    const fixed = applyFix(doc, issue);
    expect(nodeById(fixed, 'store').params.onlineStore).toBe(true);
    expect(issuesOf(fixed, RULE)).toEqual([]);
  });

  it('stays quiet on a Feature Store online store, DynamoDB, or an endpoint without a latency target', () => {
    expect(issuesOf(served({ id: 'store', service: 'sagemaker-feature-store' }), RULE)).toEqual([]);
    expect(issuesOf(served({ id: 'store', service: 'dynamodb' }), RULE)).toEqual([]);
    const noTarget = pipeline([{ id: 'lake', service: 's3' }, { id: 'train', service: 'sagemaker-training' }, { id: 'ep', service: 'sagemaker-endpoint' }], ['lake>train>ep', 'lake>ep']);
    expect(issuesOf(noTarget, RULE)).toEqual([]);
  });

  it('S3 answers in ~100 ms: quiet at a 100 ms target, an error below it', () => {
    const doc = pipeline(
      [{ id: 'lake', service: 's3' }, { id: 'train', service: 'sagemaker-training' }, { id: 'ep', service: 'sagemaker-endpoint', params: { latencyTargetMs: 100 } }],
      ['lake>train>ep', 'lake>ep'],
    );
    expect(issuesOf(doc, RULE)).toEqual([]);
    const tight = pipeline(
      [{ id: 'lake', service: 's3' }, { id: 'train', service: 'sagemaker-training' }, { id: 'ep', service: 'sagemaker-endpoint', params: { latencyTargetMs: 60 } }],
      ['lake>train>ep', 'lake>ep'],
    );
    const issue = theIssue(tight, RULE);
    expect(issue.nodes).toEqual(['ep', 'lake']);
    // S3 keeps feeding training; a Feature Store goes between S3 and the endpoint.
    const fixed = applyFix(tight, issue);
    expect(serviceEdges(fixed)).toEqual(['s3>sagemaker-feature-store', 's3>sagemaker-training', 'sagemaker-feature-store>sagemaker-endpoint', 'sagemaker-training>sagemaker-endpoint']);
    expect(issuesOf(fixed, RULE)).toEqual([]);
    expect(issuesOf(fixed, 'invalid-connection')).toEqual([]);
  });

  it('offers no fix when even the online store is too slow for the target', () => {
    const issue = theIssue(served({ id: 'store', service: 'athena' }, 5), RULE);
    expect(issue.fix).toBeUndefined();
  });
});
