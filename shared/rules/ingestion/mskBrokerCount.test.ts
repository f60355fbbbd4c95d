import { describe, expect, it } from 'vitest';
import { applyFix, eventSource, issuesOf, nodeById, pipeline, theIssue } from '../fixtures.testutil';

const RULE = 'msk-broker-count';

const cluster = (brokers: number, availabilityZones: number) =>
  pipeline(
    [eventSource('src', 1000, 1000), { id: 'msk', service: 'msk', label: 'Events', params: { brokers, availabilityZones } }, { id: 'ks', service: 'kafka-streams' }],
    ['src>msk>ks'],
    { needs: { kafkaEcosystem: true } },
  );

describe(RULE, () => {
  it('fires when brokers are not a multiple of the zones', () => {
    const issue = theIssue(cluster(4, 3), RULE);
    expect(issue.severity).toBe('error');
    expect(issue.nodes).toEqual(['msk']);
    expect(issue.message).toBe('Events has 4 brokers across 3 Availability Zones; the count must be a multiple of 3.');
    expect(issue.fix?.label).toBe('Set brokers to 6');
  });

  it('stays quiet on exact multiples', () => {
    for (const [brokers, zones] of [[3, 3], [6, 3], [2, 2], [4, 2]] as const) {
      expect(issuesOf(cluster(brokers, zones), RULE), `${brokers} brokers / ${zones} AZs`).toEqual([]);
    }
  });

  it('fix rounds up to the next multiple, at least one per zone', () => {
    for (const [brokers, zones, rounded] of [[4, 3, 6], [2, 3, 3], [1, 2, 2], [5, 2, 6]] as const) {
      const doc = cluster(brokers, zones);
      const fixed = applyFix(doc, theIssue(doc, RULE));
      expect(nodeById(fixed, 'msk').params.brokers).toBe(rounded);
      expect(issuesOf(fixed, RULE)).toEqual([]);
    }
  });
});
