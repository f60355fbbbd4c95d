import type { DesktopMenuCommand } from '../shared/ipc/contract';
import type { BridgeReply } from '../shared/ipc/wire';

/**
 * The IPC channels of the desktop extras (menu commands, opened files, dirty state, title), shared by
 * the preload and the main process. The bridge methods use `ipcChannel(method)` from shared/ipc.
 * Electron-free, so the preload bundle and the tests can import it.
 */
export const DESKTOP_CHANNELS = {
  /** main → renderer: a DesktopMenuCommand id. */
  menuCommand: 'pipeboard-desktop:menu-command',
  /** main → renderer: an absolute path the OS asked to open. */
  openFile: 'pipeboard-desktop:open-file',
  /** renderer → main: the renderer listens for opened files now; send the queued ones. */
  openFileReady: 'pipeboard-desktop:open-file-ready',
  /** renderer → main: boolean. */
  setDirty: 'pipeboard-desktop:set-dirty',
  /** renderer → main: string. */
  setTitle: 'pipeboard-desktop:set-title',
  /** renderer → main, answered: a PNG image as base64, for the system clipboard. */
  copyImage: 'pipeboard-desktop:copy-image',
} as const;

/** Every menu command id, in menu order; the type keeps it equal to the contract's union. */
export const DESKTOP_MENU_COMMANDS = [
  'file.new',
  'file.open',
  'file.save',
  'file.saveAs',
  'file.export',
  'file.compare',
  'file.compareSaved',
  'edit.undo',
  'edit.redo',
  'edit.duplicate',
  'edit.delete',
  'select.all',
  'select.none',
  'view.layout',
  'view.fit',
  'view.zoomIn',
  'view.zoomOut',
  'view.snap',
  'view.theme',
  'view.shortcuts',
  'view.editor',
  'view.practice',
  'view.compare',
] as const satisfies readonly DesktopMenuCommand[];

// Fails to compile when the contract gains a command this list lacks.
type MissingCommand = Exclude<DesktopMenuCommand, (typeof DESKTOP_MENU_COMMANDS)[number]>;
const listCoversCommands: [MissingCommand] extends [never] ? true : MissingCommand = true;
void listCoversCommands;

export function isDesktopMenuCommand(value: unknown): value is DesktopMenuCommand {
  return typeof value === 'string' && (DESKTOP_MENU_COMMANDS as readonly string[]).includes(value);
}

/** Why the main process refused an IPC call without looking at it. */
export const UNTRUSTED_SENDER = 'untrusted-sender';

/** What every bridge IPC handler resolves to; the preload turns failures into rejections. */
export type DesktopIpcReply = BridgeReply<unknown> | { ok: false; code: typeof UNTRUSTED_SENDER; error: string };

/** The largest image copyImage takes, in base64 characters (a 3x sheet of a large design fits). */
export const COPY_IMAGE_MAX_CHARS = 64 * 1024 * 1024;
