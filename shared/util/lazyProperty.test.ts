import { describe, expect, it } from 'vitest';
import { lazyProperty } from './lazyProperty';

function lazyRecord(): { object: { total: number; table: Record<string, number> }; runs: () => number } {
  let runs = 0;
  const object = { total: 3, table: {} as Record<string, number> };
  lazyProperty(object, 'table', () => {
    runs++;
    return { a: 1, b: 2 };
  });
  return { object, runs: () => runs };
}

describe('lazyProperty', () => {
  it('computes nothing until read, then once', () => {
    const { object, runs } = lazyRecord();
    expect(runs()).toBe(0);
    expect(object.table).toEqual({ a: 1, b: 2 });
    expect(object.table).toBe(object.table);
    expect(runs()).toBe(1);
  });

  it('is seen by JSON.stringify, spread, Object.keys and structuredClone as a plain property, in its place', () => {
    const json = JSON.stringify(lazyRecord().object);
    expect(json).toBe('{"total":3,"table":{"a":1,"b":2}}');
    expect({ ...lazyRecord().object }).toEqual({ total: 3, table: { a: 1, b: 2 } });
    expect(Object.keys(lazyRecord().object)).toEqual(['total', 'table']);
    expect(structuredClone(lazyRecord().object)).toEqual({ total: 3, table: { a: 1, b: 2 } });
  });

  it('takes a write before the first read instead of the computed value', () => {
    const { object, runs } = lazyRecord();
    object.table = { c: 3 };
    expect(object.table).toEqual({ c: 3 });
    expect(runs()).toBe(0);
  });
});
