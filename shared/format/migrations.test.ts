import { describe, expect, it } from 'vitest';
import { FORMAT_VERSION } from '../model/document';
import { MIGRATIONS, OLDEST_FORMAT_VERSION, migrate, type Migration } from './migrations';

describe('migrations', () => {
  it('has one entry per version from the oldest readable to the current one', () => {
    const expected = Array.from({ length: FORMAT_VERSION - OLDEST_FORMAT_VERSION }, (_, index) => String(OLDEST_FORMAT_VERSION + index));
    expect(Object.keys(MIGRATIONS)).toEqual(expected);
  });

  it('leaves a current file as it is', () => {
    const file = Object.freeze({ format: 'pipeboard', version: FORMAT_VERSION, title: 'T' });
    expect(migrate(file, FORMAT_VERSION)).toEqual({ ok: true, file: { format: 'pipeboard', version: FORMAT_VERSION, title: 'T' } });
  });

  it('runs each step in order and stamps the version after each', () => {
    const seen: unknown[] = [];
    const table: Record<number, Migration> = {
      1: (file) => {
        seen.push(file.version);
        return { ...file, name: file.title, title: undefined };
      },
      2: (file) => {
        seen.push(file.version);
        return { ...file, name: `${String(file.name)}!` };
      },
    };
    const input = Object.freeze({ format: 'pipeboard', version: 1, title: 'Old' });
    const result = migrate(input, 1, table, 3);
    expect(seen).toEqual([1, 2]);
    expect(result).toEqual({ ok: true, file: { format: 'pipeboard', version: 3, name: 'Old!', title: undefined } });
  });

  it('reports a missing step instead of guessing', () => {
    const table: Record<number, Migration> = { 1: (file) => ({ ...file }) };
    expect(migrate({ version: 1 }, 1, table, 3)).toEqual({
      ok: false,
      reason: 'this version of Pipeboard cannot upgrade a version 2 file',
    });
  });
});
