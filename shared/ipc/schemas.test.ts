import { describe, expect, it } from 'vitest';
import { emptyDocument } from '../model/document';
import { BRIDGE_METHODS, isBridgeMethod } from './channels';
import { PATH_MAX_CHARS, PRACTICE_MAX_SCENARIOS } from './limits';
import { BRIDGE_ARG_SCHEMAS, parseBridgeArgs } from './schemas';

describe('bridge argument schemas', () => {
  it('cover every method in the list', () => {
    expect(Object.keys(BRIDGE_ARG_SCHEMAS).sort()).toEqual([...BRIDGE_METHODS].sort());
    expect(isBridgeMethod('openDocument')).toBe(true);
    expect(isBridgeMethod('toString')).toBe(false);
  });

  it('accept a path up to the limit and refuse empty, overlong or NUL-bearing ones', () => {
    expect(parseBridgeArgs('openDocument', ['/a']).ok).toBe(true);
    expect(parseBridgeArgs('openDocument', [`/${'a'.repeat(PATH_MAX_CHARS - 1)}`]).ok).toBe(true);
    expect(parseBridgeArgs('openDocument', [`/${'a'.repeat(PATH_MAX_CHARS)}`]).ok).toBe(false);
    expect(parseBridgeArgs('openDocument', ['']).ok).toBe(false);
    expect(parseBridgeArgs('openDocument', ['/a\0b']).ok).toBe(false);
    expect(parseBridgeArgs('openDocument', ['/a', '/b']).ok).toBe(false);
    expect(parseBridgeArgs('openDocument', [42]).ok).toBe(false);
  });

  it('check a save request strictly and a document by its outline', () => {
    const document = emptyDocument();
    expect(parseBridgeArgs('saveDocument', [{ path: '/a', document, expectedMtimeMs: 1, force: true }]).ok).toBe(true);
    expect(parseBridgeArgs('saveDocument', [{ path: '/a', document, extra: 1 }]).ok).toBe(false);
    expect(parseBridgeArgs('saveDocument', [{ path: '/a', document: { ...document, format: 'other' } }]).ok).toBe(false);
    expect(parseBridgeArgs('saveDocument', [{ path: '/a', document: { ...document, nodes: [{ id: 1 }] } }]).ok).toBe(false);
  });

  it('check an export request: format, theme, scale, paper and the three include switches', () => {
    const document = emptyDocument();
    const request = { path: '/a.png', format: 'png', document, theme: 'dark', scale: 3, include: { cost: true, issues: false, notes: true } };
    expect(parseBridgeArgs('exportDesign', [request]).ok).toBe(true);
    expect(parseBridgeArgs('exportDesign', [{ ...request, format: 'pdf', scale: undefined, paper: 'letter' }]).ok).toBe(true);
    for (const bad of [
      { ...request, format: 'gif' },
      { ...request, scale: 1.5 },
      { ...request, scale: '2' },
      { ...request, paper: 'a3' },
      { ...request, theme: 'system' },
      { ...request, include: { cost: true, issues: true } },
      { ...request, include: { cost: true, issues: true, notes: true, extra: true } },
      { ...request, document: { ...document, format: 'other' } },
      { ...request, path: 'a\0b' },
      { ...request, data: 'x' },
    ]) {
      expect(parseBridgeArgs('exportDesign', [bad]).ok, JSON.stringify(bad).slice(0, 80)).toBe(false);
    }
  });

  it('take a settings patch with known keys only', () => {
    expect(parseBridgeArgs('setSettings', [{}]).ok).toBe(true);
    expect(parseBridgeArgs('setSettings', [{ theme: 'dark', exportChoices: { scale: 2, transparent: true } }]).ok).toBe(true);
    expect(parseBridgeArgs('setSettings', [{ theme: 'neon' }]).ok).toBe(false);
    expect(parseBridgeArgs('setSettings', [{ unknown: true }]).ok).toBe(false);
  });

  it('take practice progress as records keyed by scenario id, each checked strictly', () => {
    const record = { answered: true, correct: false, lastAttemptAt: '2026-11-03T10:15:00.000Z', lastMode: 'build', attempts: 1, lastVerdict: 'fail' };
    expect(parseBridgeArgs('setSettings', [{ practice: {} }]).ok).toBe(true);
    expect(parseBridgeArgs('setSettings', [{ practice: { 'seed-q1': record, 'team-spot-safe': { ...record, lastMode: 'answer', lastChoice: 'B' } } }]).ok).toBe(true);
    expect(parseBridgeArgs('setSettings', [{ practice: { 'seed-q1': { ...record, lastAttemptAt: '2026-11-03T11:15:00+01:00' } } }]).ok).toBe(true);
    for (const bad of [
      { 'seed-q1': { ...record, lastMode: 'quiz' } },
      { 'seed-q1': { ...record, lastChoice: 'E' } },
      { 'seed-q1': { ...record, lastAttemptAt: 'last week' } },
      { 'seed-q1': { ...record, attempts: 1.5 } },
      { 'seed-q1': { ...record, hint: 'x' } },
      { 'Seed Q1': record },
      { ['x'.repeat(101)]: record },
      [record],
    ]) {
      expect(parseBridgeArgs('setSettings', [{ practice: bad }]).ok).toBe(false);
    }
    // A `__proto__` key never becomes a record (nor the object's prototype).
    const parsed = parseBridgeArgs('setSettings', [{ practice: JSON.parse(`{"__proto__": ${JSON.stringify(record)}}`) }]);
    expect(parsed.ok && parsed.args[0].practice).toEqual({});
    expect(parsed.ok && Object.getPrototypeOf(parsed.args[0].practice)).toBe(Object.prototype);
    const many = Object.fromEntries(Array.from({ length: PRACTICE_MAX_SCENARIOS + 1 }, (_, i) => [`s-${i}`, record]));
    expect(parseBridgeArgs('setSettings', [{ practice: many }]).ok).toBe(false);
  });

  it('read a trailing null as an absent optional argument', () => {
    const parsed = parseBridgeArgs('autosave', [emptyDocument(), null]);
    expect(parsed.ok && parsed.args[1]).toBeUndefined();
  });

  it('name what is wrong', () => {
    const parsed = parseBridgeArgs('openDocument', ['']);
    expect(!parsed.ok && parsed.message).toMatch(/^Invalid arguments for openDocument: 0: The path is empty\./);
  });
});
