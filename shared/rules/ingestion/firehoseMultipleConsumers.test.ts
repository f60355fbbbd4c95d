import { describe, expect, it } from 'vitest';
import { applyFix, eventSource, issuesOf, nodeById, pipeline, serviceEdges, theIssue } from '../fixtures.testutil';

const RULE = 'firehose-multiple-consumers';

describe(RULE, () => {
  const twoConsumers = pipeline(
    [eventSource('src', 100, 1000), { id: 'fh', service: 'firehose' }, { id: 'lake', service: 's3', label: 'Lake' }, { id: 'fn', service: 'lambda', label: 'Scorer' }],
    ['src>fh>lake', 'fh>fn'],
  );

  it('fires when a Firehose feeds two consumers, naming them', () => {
    const issue = theIssue(twoConsumers, RULE);
    expect(issue.severity).toBe('error');
    expect(issue.nodes).toEqual(['fh', 'lake', 'fn']);
    expect(issue.edges).toEqual([]);
    expect(issue.message).toBe('Firehose feeds 2 consumers (Lake, Scorer); Firehose delivers to one destination.');
  });

  it('stays quiet with exactly one consumer', () => {
    const one = pipeline([eventSource('src', 100, 1000), { id: 'fh', service: 'firehose' }, { id: 'lake', service: 's3' }], ['src>fh>lake']);
    expect(issuesOf(one, RULE)).toEqual([]);
  });

  it('counts a consumer reached by two edges once', () => {
    const doubled = pipeline([eventSource('src', 100, 1000), { id: 'fh', service: 'firehose' }, { id: 'lake', service: 's3' }], ['src>fh>lake']);
    const withTwin = { ...doubled, edges: [...doubled.edges, { id: 'fh-lake-again', source: 'fh', target: 'lake' }] };
    expect(issuesOf(withTwin, RULE)).toEqual([]);
  });

  it('fix: a stream in its place, with a Firehose of its own for the object store', () => {
    const fixed = applyFix(twoConsumers, theIssue(twoConsumers, RULE));
    expect(nodeById(fixed, 'fh').service).toBe('kinesis-data-streams');
    expect(serviceEdges(fixed)).toEqual(['firehose>s3', 'kinesis-data-streams>firehose', 'kinesis-data-streams>lambda', 'source>kinesis-data-streams']);
    expect(issuesOf(fixed, RULE)).toEqual([]);
    expect(issuesOf(fixed, 'invalid-connection')).toEqual([]);
  });

  it('fix leaves a consumer that takes neither records nor objects on its (already invalid) edge', () => {
    const doc = pipeline(
      [eventSource('src', 100, 1000), { id: 'fh', service: 'firehose' }, { id: 'lake', service: 's3' }, { id: 'fn', service: 'lambda' }, { id: 'ep', service: 'sagemaker-endpoint' }],
      ['src>fh>lake', 'fh>fn', 'fh>ep'],
    );
    const fixed = applyFix(doc, theIssue(doc, RULE));
    expect(serviceEdges(fixed)).toEqual([
      'firehose>s3',
      'kinesis-data-streams>firehose',
      'kinesis-data-streams>lambda',
      'kinesis-data-streams>sagemaker-endpoint',
      'source>kinesis-data-streams',
    ]);
    expect(issuesOf(fixed, 'invalid-connection').map((issue) => issue.edges)).toEqual([['fh-ep']]);
  });

  it('fix: the new stream has the shards its flow needs, so no shard error follows', () => {
    // 8,000 events/s of 750 B: 6 MB/s → 6 shards by bytes, 8 by records.
    const busy = pipeline(
      [eventSource('src', 8000, 750), { id: 'fh', service: 'firehose' }, { id: 'lake', service: 's3' }, { id: 'fn', service: 'lambda' }, { id: 'fn2', service: 'lambda' }],
      ['src>fh>lake', 'fh>fn', 'fh>fn2'],
    );
    const fixed = applyFix(busy, theIssue(busy, RULE));
    expect(nodeById(fixed, 'fh').params.shards).toBe(8);
    expect(issuesOf(fixed, 'kds-under-provisioned')).toEqual([]);
    expect(issuesOf(fixed, 'kds-over-provisioned')).toEqual([]);
  });
});
