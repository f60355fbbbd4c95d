import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { BRIDGE_METHODS, ipcChannel, type BridgeMethod } from '../shared/ipc/channels';
import type { DesktopBridge, DesktopMenuCommand, PlatformBridge } from '../shared/ipc/contract';
import { DESKTOP_CHANNELS, isDesktopMenuCommand, type DesktopIpcReply } from './desktopChannels';
import { nativeTextCommandFor, type FocusedElement } from './textEditing';

/**
 * The preload: puts exactly the PlatformBridge (plus the DesktopExtras) on `window.pipeboard` through
 * contextBridge, and nothing else: no ipcRenderer, no Node, no event objects. Runs sandboxed, so it is
 * bundled to CommonJS with only `electron` left external. Arguments are checked by the main process.
 */

/** A trailing `undefined` means "absent"; dropping it keeps the argument list the schemas expect. */
function trimArgs(args: unknown[]): unknown[] {
  let end = args.length;
  while (end > 0 && args[end - 1] === undefined) end -= 1;
  return args.slice(0, end);
}

async function invoke(method: BridgeMethod, args: unknown[]): Promise<unknown> {
  const reply = (await ipcRenderer.invoke(ipcChannel(method), ...trimArgs(args))) as DesktopIpcReply;
  if (reply.ok) return reply.value;
  // contextBridge copies only an Error's message across worlds: the same sentence the browser-mode
  // bridge throws. The typed code stays in the main process's reply (and its log).
  throw new Error(reply.error);
}

const bridge = Object.fromEntries(
  BRIDGE_METHODS.map((method) => [method, (...args: unknown[]) => invoke(method, args)]),
) as unknown as PlatformBridge;

function requireFunction(callback: unknown): void {
  if (typeof callback !== 'function') throw new TypeError('The callback must be a function.');
}

function subscribe<T>(channel: string, accept: (value: unknown) => value is T, callback: (value: T) => void): () => void {
  const listener = (_event: IpcRendererEvent, value: unknown) => {
    if (accept(value)) callback(value);
  };
  ipcRenderer.on(channel, listener);
  return () => {
    ipcRenderer.removeListener(channel, listener);
  };
}

function focusedElement(): FocusedElement | null {
  const element = document.activeElement as (Element & { isContentEditable?: boolean; type?: unknown }) | null;
  if (!element) return null;
  return {
    tagName: element.tagName,
    type: typeof element.type === 'string' ? element.type : undefined,
    isContentEditable: element.isContentEditable === true,
  };
}

/** Undo, Redo and Select All from the menu edit the text while a text field has focus (textEditing.ts). */
function runMenuCommand(command: DesktopMenuCommand, callback: (command: DesktopMenuCommand) => void): void {
  const native = nativeTextCommandFor(command, focusedElement());
  if (native) document.execCommand(native);
  else callback(command);
}

const isPath = (value: unknown): value is string => typeof value === 'string' && value.length > 0;

const api: DesktopBridge = {
  ...bridge,
  onMenuCommand: (callback: (command: DesktopMenuCommand) => void) => {
    requireFunction(callback);
    return subscribe(DESKTOP_CHANNELS.menuCommand, isDesktopMenuCommand, (command) => runMenuCommand(command, callback));
  },
  onOpenFile: (callback: (path: string) => void) => {
    requireFunction(callback);
    const stop = subscribe(DESKTOP_CHANNELS.openFile, isPath, callback);
    ipcRenderer.send(DESKTOP_CHANNELS.openFileReady);
    return stop;
  },
  setDirty: (dirty: boolean) => {
    ipcRenderer.send(DESKTOP_CHANNELS.setDirty, dirty === true);
  },
  setTitle: (title: string) => {
    ipcRenderer.send(DESKTOP_CHANNELS.setTitle, String(title));
  },
  copyImage: async (pngBase64: string) => {
    const reply = (await ipcRenderer.invoke(DESKTOP_CHANNELS.copyImage, String(pngBase64))) as DesktopIpcReply;
    if (!reply.ok) throw new Error(reply.error);
  },
};

contextBridge.exposeInMainWorld('pipeboard', api);
