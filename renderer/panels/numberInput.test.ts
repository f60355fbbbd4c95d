import { describe, expect, it } from 'vitest';
import { parseNumberInput } from './numberInput';

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
