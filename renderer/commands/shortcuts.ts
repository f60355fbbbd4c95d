/** A key combination. `mod` is Cmd on macOS and Ctrl elsewhere; `ctrl` is Ctrl everywhere. */
export interface Shortcut {
  /** `KeyboardEvent.key`, lower-cased for letters ("z", "delete", "arrowup", "?"). */
  key?: string;
  /** `KeyboardEvent.code`, for keys whose `key` changes with Shift ("BracketRight"). */
  code?: string;
  mod?: boolean;
  ctrl?: boolean;
  shift?: boolean;
  alt?: boolean;
}

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

export function matches(shortcut: Shortcut, event: Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>, mac = isMac): boolean {
  const wantMeta = !!shortcut.mod && mac;
  const wantCtrl = !!shortcut.ctrl || (!!shortcut.mod && !mac);
  if (event.metaKey !== wantMeta || event.ctrlKey !== wantCtrl || event.altKey !== !!shortcut.alt) return false;
  // "?" is Shift+/ on most layouts: for printable symbols don't insist on the Shift state.
  const symbol = shortcut.key !== undefined && shortcut.key.length === 1 && !/[a-z0-9]/.test(shortcut.key);
  if (!symbol && event.shiftKey !== !!shortcut.shift) return false;
  if (shortcut.code !== undefined) return event.code === shortcut.code;
  return event.key.toLowerCase() === shortcut.key;
}

const KEY_NAMES: Record<string, string> = {
  arrowup: '↑',
  arrowdown: '↓',
  arrowleft: '←',
  arrowright: '→',
  delete: 'Delete',
  backspace: 'Backspace',
  escape: 'Esc',
  f2: 'F2',
  f10: 'F10',
  contextmenu: 'Menu',
};

const CODE_NAMES: Record<string, string> = { BracketRight: ']', BracketLeft: '[', Digit1: '1' };

/** The keys of a combination, one entry per key: ["Ctrl", "Shift", "Z"], ["⇧", "⌘", "Z"], ["+"]. */
export function shortcutKeys(shortcut: Shortcut, mac = isMac): string[] {
  const key = shortcut.code ? (CODE_NAMES[shortcut.code] ?? shortcut.code.replace(/^Key/, '')) : (KEY_NAMES[shortcut.key ?? ''] ?? (shortcut.key ?? '').toUpperCase());
  const keys: string[] = [];
  if (mac) {
    if (shortcut.ctrl) keys.push('⌃');
    if (shortcut.alt) keys.push('⌥');
    if (shortcut.shift) keys.push('⇧');
    if (shortcut.mod) keys.push('⌘');
  } else {
    if (shortcut.ctrl || shortcut.mod) keys.push('Ctrl');
    if (shortcut.alt) keys.push('Alt');
    if (shortcut.shift) keys.push('Shift');
  }
  keys.push(key);
  return keys;
}

/** "Ctrl+Shift+Z" / "⇧⌘Z" (menus); the shortcuts sheet shows the keys apart (`shortcutKeys`). */
export function formatShortcut(shortcut: Shortcut, mac = isMac): string {
  return shortcutKeys(shortcut, mac).join(mac ? '' : '+');
}
