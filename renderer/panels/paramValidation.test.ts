import { describe, expect, it } from 'vitest';
import { carryParams, parseNumberInput, valueProblem } from './paramValidation';
import { catalog } from '../../shared/catalog/index';

const shards = { label: 'Shards', unit: 'shards', min: 1, max: 10_000, integer: true };
const latency = { label: 'Freshness target', unit: 's', min: 0, max: 604_800, optional: true };

describe('parseNumberInput', () => {
  it('accepts numbers in range, with separators and spaces', () => {
    expect(parseNumberInput(shards, '8')).toEqual({ ok: true, value: 8 });
    expect(parseNumberInput(shards, ' 8,000 ')).toEqual({ ok: true, value: 8000 });
    expect(parseNumberInput(latency, '0.5')).toEqual({ ok: true, value: 0.5 });
    expect(parseNumberInput(latency, '1e3')).toEqual({ ok: true, value: 1000 });
  });

  it('clears optional fields and refuses empty required ones', () => {
    expect(parseNumberInput(latency, '')).toEqual({ ok: true, value: undefined });
    expect(parseNumberInput(shards, '  ')).toEqual({ ok: false, message: 'Shards is required.' });
  });

  it('explains what is wrong', () => {
    expect(parseNumberInput(shards, 'abc')).toEqual({ ok: false, message: 'Shards must be a number.' });
    expect(parseNumberInput(shards, '12abc')).toEqual({ ok: false, message: 'Shards must be a number.' });
    expect(parseNumberInput(shards, '2.5')).toEqual({ ok: false, message: 'Shards must be a whole number.' });
    expect(parseNumberInput(shards, '0')).toEqual({ ok: false, message: 'Shards must be at least 1 shards.' });
    expect(parseNumberInput(shards, '20000')).toEqual({ ok: false, message: 'Shards must be at most 10,000 shards.' });
    expect(parseNumberInput(latency, '-1')).toEqual({ ok: false, message: 'Freshness target must be at least 0 s.' });
    expect(parseNumberInput(shards, 'Infinity').ok).toBe(false);
  });
});

describe('valueProblem', () => {
  const spec = catalog['kinesis-data-streams'].params;
  it('checks each kind', () => {
    const mode = spec.find((s) => s.key === 'mode')!;
    expect(valueProblem(mode, 'on-demand')).toBeUndefined();
    expect(valueProblem(mode, 'turbo')).toMatch(/one of/);
    const efo = spec.find((s) => s.key === 'enhancedFanOut')!;
    expect(valueProblem(efo, true)).toBeUndefined();
    expect(valueProblem(efo, 1)).toBeDefined();
  });
});

describe('carryParams', () => {
  it('keeps same-key values valid for the new service and fills the rest with defaults', () => {
    // Kinesis Data Streams → MSK: nothing shared.
    expect(carryParams({ shards: 8, mode: 'provisioned' }, 'msk')).toEqual({
      brokers: 3,
      brokerType: 'kafka.m5.large',
      storageGbPerBroker: 1000,
      availabilityZones: 3,
    });
    // DynamoDB → Aurora: latency target, reads, writes and storage carry over.
    const carried = carryParams({ latencyTargetMs: 20, readsPerSecond: 500, writesPerSecond: 5, storedGb: 3 }, 'aurora');
    expect(carried).toMatchObject({ latencyTargetMs: 20, readsPerSecond: 500, writesPerSecond: 5, storedGb: 3, instanceCount: 1 });
  });

  it('drops values that are invalid under the new spec', () => {
    // Glue ETL dpus irrelevant; hoursPerRun 0.001 is below every batch minimum.
    const carried = carryParams({ hoursPerRun: 0.001, runsPerMonth: 10 }, 'emr');
    expect(carried.hoursPerRun).toBe(1);
    expect(carried.runsPerMonth).toBe(10);
  });

  it('leaves unset optional parameters unset', () => {
    expect('latencyTargetSeconds' in carryParams({}, 'lambda')).toBe(false);
  });
});
