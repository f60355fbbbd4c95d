import { describe, expect, it } from 'vitest';
import type { Needs } from '../../model/document';
import { applyFix, eventSource, issuesOf, nodeById, pipeline, theIssue } from '../fixtures.testutil';

const RULE = 'msk-without-kafka-need';

const cluster = (needs: Partial<Needs> = {}, storageGbPerBroker = 1000) =>
  pipeline(
    [eventSource('src', 1000, 1000), { id: 'msk', service: 'msk', params: { brokers: 3, brokerType: 'kafka.m5.large', storageGbPerBroker } }, { id: 'a', service: 'lambda' }, { id: 'b', service: 'lambda' }],
    ['src>msk>a', 'msk>b'],
    { needs },
  );

describe(RULE, () => {
  it('fires when nothing needs Kafka, naming the monthly cost', () => {
    const issue = theIssue(cluster(), RULE);
    expect(issue.severity).toBe('warning');
    expect(issue.nodes).toEqual(['msk']);
    expect(issue.message).toBe('MSK costs $759.90/month, yet nothing here needs Kafka or exactly-once.');
    expect(theIssue(cluster({}, 100), RULE).message).toContain('$489.90/month');
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
});
