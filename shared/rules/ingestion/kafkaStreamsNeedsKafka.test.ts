import { describe, expect, it } from 'vitest';
import { applyFix, eventSource, issuesOf, pipeline, serviceEdges, theIssue } from '../fixtures.testutil';

const RULE = 'kafka-streams-needs-kafka';

const reading = (stream: 'kinesis-data-streams' | 'msk') =>
  pipeline([eventSource('src', 1000, 1000), { id: 'stream', service: stream }, { id: 'ks', service: 'kafka-streams', label: 'Enricher' }, { id: 'fn', service: 'lambda' }], ['src>stream>ks', 'stream>fn'], {
    needs: { kafkaEcosystem: true },
  });

describe(RULE, () => {
  it('fires when Kafka Streams reads from a Kinesis stream', () => {
    const issue = theIssue(reading('kinesis-data-streams'), RULE);
    expect(issue.severity).toBe('error');
    expect(issue.nodes).toEqual(['ks', 'stream']);
    expect(issue.message).toBe('Enricher reads from Kinesis Data Streams, which is not Kafka.');
  });

  it('stays quiet when it reads from MSK, or from nothing', () => {
    expect(issuesOf(reading('msk'), RULE)).toEqual([]);
    const alone = pipeline([{ id: 'ks', service: 'kafka-streams' }], []);
    expect(issuesOf(alone, RULE)).toEqual([]);
  });

  it('fix: puts MSK between the stream and Kafka Streams', () => {
    const doc = reading('kinesis-data-streams');
    const fixed = applyFix(doc, theIssue(doc, RULE));
    expect(serviceEdges(fixed)).toEqual(['kinesis-data-streams>lambda', 'kinesis-data-streams>msk', 'msk>kafka-streams', 'source>kinesis-data-streams']);
    expect(issuesOf(fixed, RULE)).toEqual([]);
  });

  it('leaves producers that cannot feed it at all (Firehose objects) to invalid-connection', () => {
    const doc = pipeline([eventSource('src', 10, 100), { id: 'fh', service: 'firehose' }, { id: 'ks', service: 'kafka-streams' }], ['src>fh>ks'], { needs: { kafkaEcosystem: true } });
    expect(issuesOf(doc, RULE)).toEqual([]);
    expect(issuesOf(doc, 'invalid-connection').map((issue) => issue.edges)).toEqual([['fh-ks']]);
  });
});
