import { describe, expect, it } from 'vitest';
import type { Needs } from '../../model/document';
import { applyFix, eventSource, issuesOf, nodeById, pipeline, theIssue } from '../fixtures.testutil';

const RULE = 'msk-without-kafka-need';

const cluster = (needs: Partial<Needs> = {}, storageGbPerBroker = 1000, retentionHours = 168) =>
  pipeline(
    [eventSource('src', 1000, 1000), { id: 'msk', service: 'msk', params: { brokers: 3, brokerType: 'kafka.m5.large', storageGbPerBroker, retentionHours } }, { id: 'a', service: 'lambda' }, { id: 'b', service: 'lambda' }],
    ['src>msk>a', 'msk>b'],
    { needs },
  );

describe(RULE, () => {
  it('fires when nothing needs Kafka, naming the monthly cost', () => {
    const issue = theIssue(cluster(), RULE);
    expect(issue.severity).toBe('warning');
    expect(issue.nodes).toEqual(['msk']);
    expect(issue.message).toBe('MSK costs $759.90/month, yet nothing here needs Kafka or exactly-once.');
    // 100 GB per broker holds a day of 1 MB/s (3.6 GB/h × 24 h × 3 replicas = 259.2 GB of 300)…
    expect(theIssue(cluster({}, 100, 24), RULE).message).toContain('$489.90/month');
    // …but not Kafka's default week: 1,689.79 GB (binary, as AWS bills) retained are billed, $459.90 + $168.98.
    expect(theIssue(cluster({}, 100), RULE).message).toContain('$628.88/month');
  });

  it('stays quiet when the Kafka ecosystem or exactly-once is needed', () => {
    expect(issuesOf(cluster({ kafkaEcosystem: true }), RULE)).toEqual([]);
    expect(issuesOf(cluster({ exactlyOnce: true }), RULE)).toEqual([]);
  });

  it('fix: replaces MSK with Kinesis Data Streams', () => {
    const doc = cluster();
    const fixed = applyFix(doc, theIssue(doc, RULE));
    expect(nodeById(fixed, 'msk').service).toBe('kinesis-data-streams');
    expect(nodeById(fixed, 'msk').label).toBe('Kinesis Data Streams');
    expect(issuesOf(fixed, RULE)).toEqual([]);
  });

  it('fix: the stream is sized from the flow and keeps only the retention the design needs', () => {
    // 3,000 records/s of 1,000 B: 3 MB/s → 3 shards by bytes, 3 by records.
    const heavy = pipeline(
      [eventSource('src', 3000, 1000), { id: 'msk', service: 'msk' }, { id: 'a', service: 'lambda' }, { id: 'b', service: 'lambda' }],
      ['src>msk>a', 'msk>b'],
      { needs: { replayHours: 48 } },
    );
    const fixed = applyFix(heavy, theIssue(heavy, RULE));
    expect(nodeById(fixed, 'msk').params).toMatchObject({ shards: 3, retentionHours: 48 });
    expect(issuesOf(fixed, 'kds-under-provisioned')).toEqual([]);
    expect(issuesOf(fixed, 'retention-shorter-than-replay')).toEqual([]);
  });
});
