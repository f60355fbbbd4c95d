import { describe, expect, it } from 'vitest';
import type { ServiceId } from '../../catalog/serviceIds';
import { applyFix, issuesOf, nodeById, pipeline, serviceEdges, theIssue } from '../fixtures.testutil';

const RULE = 'serving-latency';

/** Training → a store with a latency target. */
const store = (service: ServiceId, latencyTargetMs: number) =>
  pipeline([{ id: 'lake', service: 's3' }, { id: 'train', service: 'sagemaker-training' }, { id: 'serve', service, params: { latencyTargetMs } }], ['lake>train>serve']);

describe(RULE, () => {
  it('fires when an analytics store must answer in 50 ms', () => {
    const doc = pipeline([{ id: 'lake', service: 's3' }, { id: 'serve', service: 'athena', label: 'Lookups', params: { latencyTargetMs: 50 } }], ['lake>serve']);
    const issue = theIssue(doc, RULE);
    expect(issue.severity).toBe('error');
    expect(issue.nodes).toEqual(['serve']);
    expect(issue.message).toBe('Lookups needs 50 ms, but Athena typically answers in ~2,000 ms.');
    expect(issue.fix?.label).toBe('Replace with DynamoDB');
  });

  it('stays quiet when the typical latency equals the target', () => {
    expect(issuesOf(store('dynamodb', 10), RULE)).toEqual([]);
    expect(issuesOf(store('dynamodb', 9.99), RULE)).toHaveLength(1);
    expect(issuesOf(store('redshift', 1000), RULE)).toEqual([]);
    expect(issuesOf(store('redshift', 999), RULE)).toHaveLength(1);
  });

  it('fix: DynamoDB for targets it meets', () => {
    const doc = store('redshift', 50);
    const fixed = applyFix(doc, theIssue(doc, RULE));
    expect(nodeById(fixed, 'serve').service).toBe('dynamodb');
    expect(issuesOf(fixed, RULE)).toEqual([]);
  });

  it('fix: ElastiCache below 10 ms', () => {
    const doc = store('dynamodb', 5);
    const issue = theIssue(doc, RULE);
    expect(issue.message).toBe('DynamoDB needs 5 ms, but DynamoDB typically answers in ~10 ms.');
    const fixed = applyFix(doc, issue);
    expect(nodeById(fixed, 'serve').service).toBe('elasticache');
    expect(nodeById(fixed, 'serve').params.latencyTargetMs).toBe(5);
    expect(issuesOf(fixed, RULE)).toEqual([]);
  });

  it('judges API Gateway by the slowest store behind it, without a fix', () => {
    const doc = pipeline(
      [{ id: 'lake', service: 's3' }, { id: 'q', service: 'athena' }, { id: 'api', service: 'api-gateway', label: 'API', params: { latencyTargetMs: 100 } }, { id: 'app', service: 'client' }],
      ['lake>q>api>app'],
    );
    const issue = theIssue(doc, RULE);
    expect(issue.nodes).toEqual(['api']);
    expect(issue.message).toBe('API needs 100 ms, but the store behind it typically answers in ~2,000 ms.');
    expect(issue.fix).toBeUndefined();
  });

  it('stays quiet without a target', () => {
    const doc = pipeline([{ id: 'lake', service: 's3' }, { id: 'q', service: 'athena' }], ['lake>q']);
    expect(issuesOf(doc, RULE)).toEqual([]);
  });

  it('fix for a store fed by S3: DynamoDB with a Lambda loading the objects', () => {
    const doc = pipeline(
      [{ id: 'lake', service: 's3' }, { id: 'q', service: 'athena', params: { latencyTargetMs: 50 } }, { id: 'api', service: 'api-gateway' }, { id: 'app', service: 'client' }],
      ['lake>q>api>app'],
    );
    const fixed = applyFix(doc, theIssue(doc, RULE));
    expect(serviceEdges(fixed)).toEqual(['api-gateway>client', 'dynamodb>api-gateway', 'lambda>dynamodb', 's3>lambda']);
    expect(issuesOf(fixed, RULE)).toEqual([]);
    expect(issuesOf(fixed, 'invalid-connection')).toEqual([]);
  });

  it('offers no fix when no store meets the target', () => {
    const cache = theIssue(store('elasticache', 0.3), RULE);
    expect(cache.message).toBe('ElastiCache needs 0.3 ms, but ElastiCache typically answers in ~0.5 ms.');
    expect(cache.fix).toBeUndefined();
    expect(theIssue(store('dynamodb', 0.3), RULE).fix).toBeUndefined();
  });

  it('offers no swap when the store also feeds something the new store cannot (S3 as a Glue ETL input)', () => {
    const doc = pipeline([{ id: 'lake', service: 's3', params: { latencyTargetMs: 50 } }, { id: 'etl', service: 'glue-etl' }], ['lake>etl']);
    const issue = theIssue(doc, RULE);
    expect(issue.message).toBe('S3 needs 50 ms, but S3 typically answers in ~100 ms.');
    expect(issue.fix).toBeUndefined();
  });
});
