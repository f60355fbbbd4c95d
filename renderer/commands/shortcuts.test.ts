import { describe, expect, it } from 'vitest';
import { formatShortcut, matches } from './shortcuts';

const ev = (key: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean; code: string }> = {}) => ({
  key,
  code: mods.code ?? '',
  ctrlKey: !!mods.ctrlKey,
  metaKey: !!mods.metaKey,
  shiftKey: !!mods.shiftKey,
  altKey: !!mods.altKey,
});

describe('shortcuts', () => {
  it('maps mod to Ctrl off macOS and Cmd on macOS', () => {
    expect(matches({ key: 'z', mod: true }, ev('z', { ctrlKey: true }), false)).toBe(true);
    expect(matches({ key: 'z', mod: true }, ev('z', { metaKey: true }), true)).toBe(true);
    expect(matches({ key: 'z', mod: true }, ev('z', { ctrlKey: true }), true)).toBe(false);
  });

  it('tells undo from redo by Shift', () => {
    expect(matches({ key: 'z', mod: true }, ev('Z', { ctrlKey: true, shiftKey: true }), false)).toBe(false);
    expect(matches({ key: 'z', mod: true, shift: true }, ev('Z', { ctrlKey: true, shiftKey: true }), false)).toBe(true);
  });

  it('matches symbols regardless of the Shift needed to type them, and codes', () => {
    expect(matches({ key: '?' }, ev('?', { shiftKey: true }), false)).toBe(true);
    expect(matches({ code: 'BracketRight', shift: true }, ev('}', { shiftKey: true, code: 'BracketRight' }), false)).toBe(true);
    expect(matches({ code: 'BracketRight' }, ev('}', { shiftKey: true, code: 'BracketRight' }), false)).toBe(false);
  });

  it('formats for each platform', () => {
    expect(formatShortcut({ key: 'z', mod: true, shift: true }, false)).toBe('Ctrl+Shift+Z');
    expect(formatShortcut({ key: 'z', mod: true, shift: true }, true)).toBe('⇧⌘Z');
    expect(formatShortcut({ key: 'arrowup', shift: true }, false)).toBe('Shift+↑');
  });
});
