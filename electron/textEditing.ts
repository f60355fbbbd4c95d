import type { DesktopMenuCommand } from '../shared/ipc/contract';

/**
 * While the user types in a text field, the Edit menu's Undo, Redo and Select All act on the text,
 * not on the design. (On macOS a Cmd+Z the page leaves unhandled in a text field reaches the menu.)
 * The preload asks this before passing a menu command to the renderer.
 */
export type NativeTextCommand = 'undo' | 'redo' | 'selectAll';

/** The focused element as the preload sees it (`document.activeElement`). */
export interface FocusedElement {
  tagName: string;
  /** For <input>: its `type`. */
  type?: string;
  isContentEditable: boolean;
}

const TEXT_INPUT_TYPES = new Set(['text', 'search', 'email', 'number', 'password', 'url', 'tel', '']);

const NATIVE_FOR: Partial<Record<DesktopMenuCommand, NativeTextCommand>> = {
  'edit.undo': 'undo',
  'edit.redo': 'redo',
  'select.all': 'selectAll',
};

export function isTextEditing(focused: FocusedElement | null): boolean {
  if (!focused) return false;
  if (focused.isContentEditable) return true;
  const tag = focused.tagName.toUpperCase();
  if (tag === 'TEXTAREA') return true;
  return tag === 'INPUT' && TEXT_INPUT_TYPES.has((focused.type ?? '').toLowerCase());
}

export function nativeTextCommandFor(command: DesktopMenuCommand, focused: FocusedElement | null): NativeTextCommand | null {
  const native = NATIVE_FOR[command];
  return native && isTextEditing(focused) ? native : null;
}
