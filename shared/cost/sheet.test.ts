import { describe, expect, it } from 'vitest';
import { analyze } from '../analysis/analyze';
import type { Settings } from '../model/document';
import { cents, costLineOf, eventSource, pipeline, volumeSource } from '../rules/fixtures.testutil';

const mixed = (settings: Partial<Settings> = {}) =>
  pipeline(
    [
      volumeSource('src', 2),
      { id: 'fh', service: 'firehose' },
      { id: 'lake', service: 's3' },
      { id: 'train', service: 'sagemaker-training', params: { purchase: 'spot', instanceType: 'ml.p3.2xlarge', durationHours: 6, runsPerMonth: 4.35, deadlineHours: 72, maxWaitHours: 72 } },
      { id: 'db', service: 'dynamodb', params: { writesPerSecond: 1, readsPerSecond: 20, storedGb: 5 } },
    ],
    ['src>fh>lake>train>db'],
    { settings, needs: { budgetPerMonth: 500 } },
  );

const stream = (settings: Partial<Settings> = {}) =>
  pipeline(
    [eventSource('src', 8000, 750), { id: 'kds', service: 'kinesis-data-streams', params: { shards: 8 } }, { id: 'msk', service: 'msk', params: { retentionHours: 24 } }, { id: 'a', service: 'lambda' }],
    ['src>kds>a', 'src>msk>a'],
    { settings },
  );

describe('cost sheet', () => {
  it('total is the sum of the line amounts, and byNode the sum per node', () => {
    const { cost } = analyze(mixed());
    expect(cost.total).toBeCloseTo(cost.lines.reduce((sum, line) => sum + line.amount, 0), 9);
    expect(Object.keys(cost.byNode)).toEqual(['src', 'fh', 'lake', 'train', 'db']);
    expect(cost.byNode.src).toBe(0);
    expect(cents(cost.byNode.fh!)).toBe(42.34);
    expect(cents(cost.byNode.db!)).toBe(6.18);
    // $42.34 + $33.58 + $29.95 + $6.18 (eventually consistent reads: half a unit each)
    expect(cents(cost.total)).toBe(112.05);
  });

  it('carries region, price date, hours, budget and the assumptions', () => {
    const { cost } = analyze(mixed());
    expect(cost).toMatchObject({ region: 'us-east-1', priceDate: '2026-11', hoursPerMonth: 730, budgetPerMonth: 500 });
    expect(cost.assumptions).toContain('Data transfer between services in one region is not priced.');
    expect(cost.assumptions.join(' ')).toContain('5 KB (5,120-byte) records');
    expect(analyze(stream()).cost).not.toHaveProperty('budgetPerMonth');
  });

  describe('settings.prices overrides', () => {
    it('change the amount and the formula, and mark the line', () => {
      const doc = mixed({ prices: { 'firehose.ingestGb': 0.05 } });
      const line = costLineOf(doc, 'fh', 'Data ingested');
      expect(line.unitPrice).toBe(0.05);
      expect(cents(line.amount)).toBe(73);
      expect(line.formula).toBe('1,460 GB × $0.05/GB');
      expect(line.overridden).toBe(true);
      expect(costLineOf(doc, 'lake', 'Storage (Standard)').overridden).toBe(false);
    });

    it('an overridden approximate price is no longer approximate', () => {
      expect(costLineOf(mixed(), 'train', 'Managed Spot training')).toMatchObject({ approximate: true, overridden: false });
      const line = costLineOf(mixed({ prices: { 'sagemaker.training.ml.p3.2xlarge': 3 } }), 'train', 'Managed Spot training');
      expect(line).toMatchObject({ approximate: false, overridden: true });
      // Spot still applies on top of the override: 26.1 h × $3 × 0.3
      expect(line.unitPrice).toBeCloseTo(0.9, 12);
      expect(cents(line.amount)).toBe(23.49);
      expect(line.formula).toBe('1 × ml.p3.2xlarge × 6 h × 4.35 runs × $3.00/instance-hour × 0.3 (Spot, 70% off)');
    });

    it('a zero price is shown as $0.00', () => {
      const line = costLineOf(mixed({ prices: { 'firehose.ingestGb': 0 } }), 'fh', 'Data ingested');
      expect(line.amount).toBe(0);
      expect(line.formula).toBe('1,460 GB × $0.00/GB');
    });

    it('the budget rule sees overridden prices', () => {
      expect(analyze(mixed()).issues.map((issue) => issue.rule)).not.toContain('budget-exceeded');
      const dear = analyze(mixed({ prices: { 'firehose.ingestGb': 0.5 } }));
      expect(cents(dear.cost.byNode.fh!)).toBe(730);
      expect(dear.issues.find((issue) => issue.rule === 'budget-exceeded')?.message).toContain('biggest: Firehose $730.00');
    });
  });

  describe('hoursPerMonth', () => {
    it('730 by default', () => {
      expect(costLineOf(stream(), 'kds', 'Shard-hours').formula).toBe('8 shards × 730 h × $0.015/shard-hour');
    });

    it('changes every time-based line and leaves the rest alone', () => {
      const doc = stream({ hoursPerMonth: 720 });
      const shards = costLineOf(doc, 'kds', 'Shard-hours');
      expect(shards.quantity).toBe(5760);
      expect(cents(shards.amount)).toBe(86.4);
      expect(shards.formula).toBe('8 shards × 720 h × $0.015/shard-hour');
      expect(costLineOf(doc, 'kds', 'PUT payload units').formula).toContain('20,736 M units');
      expect(cents(costLineOf(doc, 'msk', 'Brokers (kafka.m5.large)').amount)).toBe(453.6);
      expect(cents(costLineOf(doc, 'msk', 'Broker storage').amount)).toBe(300);
      expect(analyze(doc).cost.hoursPerMonth).toBe(720);

      const batch = mixed({ hoursPerMonth: 720 });
      expect(costLineOf(batch, 'fh', 'Data ingested').formula).toBe('1,440 GB × $0.029/GB');
      expect(cents(costLineOf(batch, 'lake', 'Storage (Standard)').amount)).toBe(33.12);
      expect(cents(costLineOf(batch, 'train', 'Managed Spot training').amount)).toBe(29.95);
      expect(cents(costLineOf(batch, 'db', 'Storage').amount)).toBe(1.25);
    });
  });
});
