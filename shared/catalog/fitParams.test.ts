import { describe, expect, it } from 'vitest';
import { carryParams, fitParams } from './fitParams';
import { catalog } from './index';
import { paramValueProblem } from './paramValidation';

describe('paramValueProblem', () => {
  const specs = catalog['kinesis-data-streams'].params;
  const spec = (key: string) => specs.find((s) => s.key === key)!;

  it('names what is wrong for each kind', () => {
    expect(paramValueProblem(spec('mode'), 'on-demand')).toBeUndefined();
    expect(paramValueProblem(spec('mode'), 'turbo')).toBe('not-an-option');
    expect(paramValueProblem(spec('enhancedFanOut'), true)).toBeUndefined();
    expect(paramValueProblem(spec('enhancedFanOut'), 1)).toBe('wrong-type');
    expect(paramValueProblem(spec('shards'), 8)).toBeUndefined();
    expect(paramValueProblem(spec('shards'), 2.5)).toBe('not-whole');
    expect(paramValueProblem(spec('shards'), -5)).toBe('below-min');
    expect(paramValueProblem(spec('shards'), 20_000)).toBe('above-max');
    expect(paramValueProblem(spec('shards'), '2')).toBe('wrong-type');
    expect(paramValueProblem(spec('shards'), Number.POSITIVE_INFINITY)).toBe('wrong-type');
  });
});

describe('fitParams', () => {
  it('keeps valid values, fills defaults, and reports unknown keys and invalid values', () => {
    const fitted = fitParams('kinesis-data-streams', { shards: -5, bogus: '1', retentionHours: 48 });
    expect(fitted.params).toEqual({ mode: 'provisioned', shards: 1, enhancedFanOut: false, retentionHours: 48 });
    expect(fitted.dropped.map((d) => [d.key, d.value, d.spec?.label])).toEqual([
      ['shards', -5, 'Shards'],
      ['bogus', '1', undefined],
    ]);
  });

  it('reports nothing for params that already fit', () => {
    expect(fitParams('firehose', { bufferSeconds: 120 }).dropped).toEqual([]);
  });
});

describe('carryParams', () => {
  it('keeps same-key values valid for the new service and fills the rest with defaults', () => {
    // Kinesis Data Streams → MSK: nothing shared, so Kafka's default retention (7 days).
    expect(carryParams({ shards: 8, mode: 'provisioned' }, 'msk')).toEqual({
      brokers: 3,
      brokerType: 'kafka.m5.large',
      storageGbPerBroker: 1000,
      availabilityZones: 3,
      retentionHours: 168,
    });
    // The stream's retention carries over: the replacement keeps records as long.
    expect(carryParams({ shards: 8, retentionHours: 72 }, 'msk')).toMatchObject({ retentionHours: 72 });
    // DynamoDB → Aurora: latency target, reads, writes and storage carry over.
    const carried = carryParams({ latencyTargetMs: 20, readsPerSecond: 500, writesPerSecond: 5, storedGb: 3 }, 'aurora');
    expect(carried).toMatchObject({ latencyTargetMs: 20, readsPerSecond: 500, writesPerSecond: 5, storedGb: 3, instanceCount: 1 });
  });

  it('drops values that are invalid under the new spec', () => {
    // hoursPerRun 0.001 is below every batch minimum.
    const carried = carryParams({ hoursPerRun: 0.001, runsPerMonth: 10 }, 'emr');
    expect(carried.hoursPerRun).toBe(1);
    expect(carried.runsPerMonth).toBe(10);
    // 48 h retention is valid for Kinesis; bufferSeconds 30 is below Firehose's 60 s minimum.
    expect(carryParams({ bufferSeconds: 30, retentionHours: 48 }, 'firehose')).toMatchObject({ bufferSeconds: 300 });
    expect(carryParams({ bufferSeconds: 120 }, 'firehose')).toMatchObject({ bufferSeconds: 120 });
    expect(carryParams({ retentionHours: 48 }, 'firehose')).not.toHaveProperty('retentionHours');
  });

  it('leaves unset optional parameters unset', () => {
    expect('latencyTargetSeconds' in carryParams({}, 'lambda')).toBe(false);
  });
});
