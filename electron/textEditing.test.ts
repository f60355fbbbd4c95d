import { describe, expect, it } from 'vitest';
import { isTextEditing, nativeTextCommandFor } from './textEditing';

const input = (type: string) => ({ tagName: 'INPUT', type, isContentEditable: false });
const element = (tagName: string, isContentEditable = false) => ({ tagName, isContentEditable });

describe('menu commands while typing', () => {
  it('recognises text fields', () => {
    expect(isTextEditing(input('text'))).toBe(true);
    expect(isTextEditing(input('number'))).toBe(true);
    expect(isTextEditing(element('TEXTAREA'))).toBe(true);
    expect(isTextEditing(element('DIV', true))).toBe(true);
    expect(isTextEditing(input('checkbox'))).toBe(false);
    expect(isTextEditing(element('BUTTON'))).toBe(false);
    expect(isTextEditing(element('BODY'))).toBe(false);
    expect(isTextEditing(null)).toBe(false);
  });

  it('Undo, Redo and Select All edit the text in a text field, the design elsewhere', () => {
    expect(nativeTextCommandFor('edit.undo', input('text'))).toBe('undo');
    expect(nativeTextCommandFor('edit.redo', element('TEXTAREA'))).toBe('redo');
    expect(nativeTextCommandFor('select.all', element('DIV', true))).toBe('selectAll');
    expect(nativeTextCommandFor('edit.undo', element('BODY'))).toBeNull();
    expect(nativeTextCommandFor('select.all', null)).toBeNull();
  });

  it('other commands always go to the design', () => {
    expect(nativeTextCommandFor('file.save', input('text'))).toBeNull();
    expect(nativeTextCommandFor('edit.delete', input('text'))).toBeNull();
  });
});
