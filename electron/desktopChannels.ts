import { DESKTOP_MENU_COMMANDS, type DesktopMenuCommand } from '../shared/commands/commandIds';
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

export function isDesktopMenuCommand(value: unknown): value is DesktopMenuCommand {
  return typeof value === 'string' && (DESKTOP_MENU_COMMANDS as readonly string[]).includes(value);
}

/** Why the main process refused an IPC call without looking at it. */
export const UNTRUSTED_SENDER = 'untrusted-sender';

/** What every bridge IPC handler resolves to; the preload turns failures into rejections. */
export type DesktopIpcReply = BridgeReply<unknown> | { ok: false; code: typeof UNTRUSTED_SENDER; error: string };

/** The largest image copyImage takes, in base64 characters (a 3x sheet of a large design fits). */
export const COPY_IMAGE_MAX_CHARS = 64 * 1024 * 1024;
