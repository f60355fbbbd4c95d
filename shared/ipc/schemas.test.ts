import { describe, expect, it } from 'vitest';
import { emptyDocument } from '../model/document';
import { BRIDGE_METHODS, isBridgeMethod } from './channels';
import { EXPORT_MAX_CHARS, PATH_MAX_CHARS } from './limits';
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

  it('check export data against its encoding and the size cap', () => {
    expect(parseBridgeArgs('writeExport', [{ path: '/a.png', encoding: 'base64', data: 'aGk=' }]).ok).toBe(true);
    expect(parseBridgeArgs('writeExport', [{ path: '/a.png', encoding: 'base64', data: 'a b' }]).ok).toBe(false);
    expect(parseBridgeArgs('writeExport', [{ path: '/a.svg', encoding: 'utf8', data: 'a b' }]).ok).toBe(true);
    expect(parseBridgeArgs('writeExport', [{ path: '/a.svg', encoding: 'latin1', data: 'x' }]).ok).toBe(false);
    expect(parseBridgeArgs('writeExport', [{ path: '/a.svg', encoding: 'utf8', data: 'x'.repeat(EXPORT_MAX_CHARS + 1) }]).ok).toBe(false);
  });

  it('take a settings patch with known keys only', () => {
    expect(parseBridgeArgs('setSettings', [{}]).ok).toBe(true);
    expect(parseBridgeArgs('setSettings', [{ theme: 'dark', exportChoices: { scale: 2, transparent: true } }]).ok).toBe(true);
    expect(parseBridgeArgs('setSettings', [{ theme: 'neon' }]).ok).toBe(false);
    expect(parseBridgeArgs('setSettings', [{ unknown: true }]).ok).toBe(false);
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
