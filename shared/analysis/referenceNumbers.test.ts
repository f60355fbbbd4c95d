import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';
import { applyFix, cents, costLineOf, eventSource, issuesOf, nodeById, pipeline, theIssue, trainingDesign, volumeSource } from '../rules/fixtures.testutil';

/** The worked checks of rules-and-prices.md §2, number for number. */
describe('reference checks with exact numbers', () => {
  const clicks = (shards: number) =>
    pipeline([eventSource('src', 8000, 750), { id: 'kds', service: 'kinesis-data-streams', params: { shards } }, { id: 'a', service: 'lambda' }, { id: 'b', service: 'lambda' }], ['src>kds>a', 'kds>b']);

  it('8,000 events/s × 750 B: 8 shards, driven by records; 7 is an error', () => {
    const result = analyze(clicks(7));
    expect(result.derived.nodes.kds).toMatchObject({ inputMBps: 6, inputRecordsPerSecond: 8000, shardsRequired: 8, shardsBy: 'records' });
    const issue = theIssue(clicks(7), 'kds-under-provisioned');
    expect(issue.severity).toBe('error');
    expect(issue.nodes).toEqual(['kds']);
    expect(issue.message).toContain('needs 8');
  });

  it('the 8-shard stream costs $87.60 + $294.34 = $381.94 a month', () => {
    const doc = clicks(8);
    const shards = costLineOf(doc, 'kds', 'Shard-hours');
    expect(cents(shards.amount)).toBe(87.6);
    expect(shards.quantity).toBe(8 * 730);
    expect(shards.formula).toContain('8 shards × 730 h');
    const put = costLineOf(doc, 'kds', 'PUT payload units');
    expect(cents(put.amount)).toBe(294.34);
    expect(put.quantity).toBeCloseTo(21024, 6);
    expect(put.formula).toContain('21,024 M units');
    expect(cents(analyze(doc).cost.byNode.kds!)).toBe(381.94);
  });

  it('2,000 events/s × 2,000 B: 4 shards, driven by bytes', () => {
    const doc = pipeline([eventSource('src', 2000, 2000), { id: 'kds', service: 'kinesis-data-streams', params: { shards: 4 } }, { id: 'a', service: 'lambda' }, { id: 'b', service: 'lambda' }], ['src>kds>a', 'kds>b']);
    expect(analyze(doc).derived.nodes.kds).toMatchObject({ inputMBps: 4, shardsRequired: 4, shardsBy: 'bytes' });
    expect(issuesOf(doc, 'kds-under-provisioned')).toEqual([]);
  });

  describe('Spot 45 min with a 2 h deadline', () => {
    const job = (critical: boolean, deadlineHours = 2) => trainingDesign({ purchase: 'spot', durationHours: 0.75, deadlineHours, critical, checkpointing: true });

    it('has a 2.67x buffer', () => {
      expect(analyze(job(true)).derived.nodes.train!.bufferRatio!.toFixed(2)).toBe('2.67');
    });

    it('critical: an error whose fix is On-Demand', () => {
      const doc = job(true);
      const issue = theIssue(doc, 'spot-buffer-too-small');
      expect(issue.severity).toBe('error');
      expect(issue.fix?.label).toBe('Switch to On-Demand');
      expect(nodeById(applyFix(doc, issue), 'train').params.purchase).toBe('on-demand');
    });

    it('not critical: a tip (2.67x is within the notes’ flexible 2–4x)', () => {
      expect(theIssue(job(false), 'spot-buffer-too-small').severity).toBe('tip');
    });

    it('deadline 12 h: 16x, and no Spot rule fires', () => {
      const result = analyze(job(true, 12));
      expect(result.derived.nodes.train!.bufferRatio).toBe(16);
      expect(result.issues.filter((issue) => issue.rule.startsWith('spot-'))).toEqual([]);
    });
  });

  it('Firehose at 2 GB/hour: 1,460 GB × $0.029 = $42.34', () => {
    const doc = pipeline([volumeSource('src', 2), { id: 'fh', service: 'firehose' }, { id: 'lake', service: 's3' }], ['src>fh>lake']);
    const line = costLineOf(doc, 'fh', 'Data ingested');
    expect(line.quantity).toBeCloseTo(1460, 9);
    expect(cents(line.amount)).toBe(42.34);
    expect(line.formula).toBe('1,460 GB × $0.029/GB');
  });

  describe('MSK, 3 × kafka.m5.large', () => {
    const cluster = (storageGbPerBroker: number) =>
      pipeline([eventSource('src', 100, 1000), { id: 'msk', service: 'msk', params: { brokers: 3, brokerType: 'kafka.m5.large', storageGbPerBroker } }, { id: 'a', service: 'lambda' }, { id: 'b', service: 'lambda' }], [
        'src>msk>a',
        'msk>b',
      ]);

    it('with 1,000 GB per broker: $459.90 + $300 = $759.90', () => {
      const doc = cluster(1000);
      expect(cents(costLineOf(doc, 'msk', 'Brokers (kafka.m5.large)').amount)).toBe(459.9);
      expect(cents(costLineOf(doc, 'msk', 'Broker storage').amount)).toBe(300);
      expect(cents(analyze(doc).cost.byNode.msk!)).toBe(759.9);
      expect(theIssue(doc, 'msk-without-kafka-need').message).toContain('$759.90');
    });

    it('with 100 GB per broker: $489.90', () => {
      expect(cents(analyze(cluster(100)).cost.byNode.msk!)).toBe(489.9);
    });
  });
});
