import { describe, expect, it } from 'vitest';
import { applyFix, issuesOf, nodeById, pipeline, serviceEdges, servicesOf, theIssue, volumeSource } from '../fixtures.testutil';

const RULE = 'kds-single-consumer';

const forwarder = (replayHours = 0) =>
  pipeline(
    [volumeSource('src', 2), { id: 'kds', service: 'kinesis-data-streams', label: 'Feed' }, { id: 'fwd', service: 'lambda', label: 'Forward to S3' }, { id: 'lake', service: 's3' }],
    ['src>kds>fwd>lake'],
    { needs: { replayHours } },
  );

describe(RULE, () => {
  it('fires on a stream with one consumer and no replay need', () => {
    const issue = theIssue(forwarder(), RULE);
    expect(issue.severity).toBe('warning');
    expect(issue.nodes).toEqual(['kds']);
    expect(issue.message).toBe('Feed has a single consumer (Forward to S3) and no replay need: Firehose does this with no shards to manage.');
    expect(issue.fix?.label).toBe('Replace with Firehose and drop the forwarding Lambda');
  });

  it('stays quiet when replay is needed', () => {
    expect(issuesOf(forwarder(24), RULE)).toEqual([]);
  });

  it('stays quiet with two consumers', () => {
    const two = pipeline(
      [volumeSource('src', 2), { id: 'kds', service: 'kinesis-data-streams' }, { id: 'a', service: 'lambda' }, { id: 'b', service: 'lambda' }],
      ['src>kds>a', 'kds>b'],
    );
    expect(issuesOf(two, RULE)).toEqual([]);
  });

  it('fix: Firehose in place of the stream, the forwarding Lambda bypassed', () => {
    const doc = forwarder();
    const fixed = applyFix(doc, theIssue(doc, RULE));
    expect(nodeById(fixed, 'kds').service).toBe('firehose');
    expect(servicesOf(fixed)).toEqual(['source', 'firehose', 's3']);
    expect(serviceEdges(fixed)).toEqual(['firehose>s3', 'source>firehose']);
    expect(issuesOf(fixed, RULE)).toEqual([]);
  });

  it('fix keeps a consumer that does more than forward', () => {
    const doc = pipeline(
      [volumeSource('src', 2), { id: 'kds', service: 'kinesis-data-streams' }, { id: 'fn', service: 'lambda' }, { id: 'db', service: 'dynamodb' }],
      ['src>kds>fn>db'],
    );
    const issue = theIssue(doc, RULE);
    expect(issue.fix?.label).toBe('Replace with Firehose');
    const fixed = applyFix(doc, issue);
    expect(serviceEdges(fixed)).toEqual(['firehose>lambda', 'lambda>dynamodb', 'source>firehose']);
    expect(issuesOf(fixed, RULE)).toEqual([]);
  });

  it('fix for a stream feeding only a Firehose: drop the stream, Firehose takes the records directly', () => {
    const doc = pipeline([volumeSource('src', 2), { id: 'kds', service: 'kinesis-data-streams' }, { id: 'fh', service: 'firehose' }, { id: 'lake', service: 's3' }], ['src>kds>fh>lake']);
    const issue = theIssue(doc, RULE);
    expect(issue.fix?.label).toBe('Remove the stream: Firehose takes the records directly');
    const fixed = applyFix(doc, issue);
    expect(serviceEdges(fixed)).toEqual(['firehose>s3', 'source>firehose']);
    expect(issuesOf(fixed, RULE)).toEqual([]);
    expect(issuesOf(fixed, 'invalid-connection')).toEqual([]);
  });

  it('offers no Firehose swap when the consumer needs records Firehose cannot deliver', () => {
    const doc = pipeline([volumeSource('src', 2), { id: 'kds', service: 'kinesis-data-streams' }, { id: 'flink', service: 'managed-flink' }], ['src>kds>flink']);
    const issue = theIssue(doc, RULE);
    expect(issue.nodes).toEqual(['kds']);
    expect(issue.fix).toBeUndefined();
  });
});
