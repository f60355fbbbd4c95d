import { z } from 'zod';
import { BRIDGE_METHODS, ipcChannel, type BridgeMethod } from '../shared/ipc/channels';
import { COPY_IMAGE_MAX_CHARS, DESKTOP_CHANNELS, UNTRUSTED_SENDER, type DesktopIpcReply } from './desktopChannels';
import { isTrustedSender, type SenderDescription } from './senderPolicy';

/**
 * The main process's IPC handlers: one `ipcMain.handle` per PlatformBridge method, plus the desktop
 * extras the renderer sends (dirty state, title, ready for opened files) or asks for (an image put on
 * the clipboard). Every message is checked
 * twice before anything runs: the sender (the main frame of our own window, showing an `app://`
 * page) and the payload (the shared zod schemas, inside `services.call`, or the schemas below).
 *
 * No runtime import of Electron: main.ts passes `ipcMain` in, and the tests pass a fake one.
 */

/** The parts of an Electron IPC event the checks read. */
export interface IpcSenderEvent {
  sender: { id: number; mainFrame: { frameToken: string } };
  senderFrame: { url: string; parent: unknown; frameToken: string; detached?: boolean } | null;
}

/** The parts of Electron's `ipcMain` used here. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcSenderEvent, ...args: unknown[]) => unknown): void;
  on(channel: string, listener: (event: IpcSenderEvent, ...args: unknown[]) => void): unknown;
  removeHandler(channel: string): void;
  removeAllListeners(channel: string): unknown;
}

interface BridgeCaller {
  /** Validates `args` against the method's schema, runs it, and never rejects (PlatformServices.call). */
  call(method: string, args: unknown): Promise<DesktopIpcReply>;
}

/** What the desktop extras change in the window that sent them. */
interface DesktopMessageHandlers {
  setDirty(webContentsId: number, dirty: boolean): void;
  setTitle(webContentsId: number, title: string): void;
  openFileReady(webContentsId: number): void;
  /** Puts the PNG on the system clipboard; throws with a sentence when it cannot. */
  copyImage(webContentsId: number, png: Uint8Array<ArrayBuffer>): void | Promise<void>;
}

export interface DesktopIpcOptions {
  ipcMain: IpcMainLike;
  services: BridgeCaller;
  /** The WebContents ids of the app's own windows, asked at each message. */
  trustedWebContentsIds: () => ReadonlySet<number>;
  desktop: DesktopMessageHandlers;
  /** Sees every bridge reply (the close guard watches saves and the save dialog). */
  observe?: (method: BridgeMethod, reply: DesktopIpcReply, webContentsId: number) => void;
  log?: (message: string) => void;
}

export const TITLE_MAX_CHARS = 300;

const desktopPayloads = {
  setDirty: z.tuple([z.boolean()]),
  setTitle: z.tuple([z.string().max(TITLE_MAX_CHARS)]),
  openFileReady: z.tuple([]),
};

/** Desktop requests the renderer waits for (ipcRenderer.invoke), answered with a DesktopIpcReply. */
const desktopRequests = {
  copyImage: z.tuple([z.string().max(COPY_IMAGE_MAX_CHARS, 'The image is too large to copy.').pipe(z.base64())]),
};

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function isPng(bytes: Uint8Array): boolean {
  return bytes.length > PNG_SIGNATURE.length && PNG_SIGNATURE.every((value, index) => bytes[index] === value);
}

/** The frame a message came from, as the sender policy sees it. */
function describeSender(event: IpcSenderEvent): SenderDescription {
  const frame = event.senderFrame;
  let mainFrameToken: string | undefined;
  try {
    mainFrameToken = event.sender.mainFrame.frameToken;
  } catch {
    // The WebContents is being destroyed; treat the frame as gone.
    mainFrameToken = undefined;
  }
  if (!frame || frame.detached === true || mainFrameToken === undefined) return { webContentsId: event.sender.id, frame: null };
  return {
    webContentsId: event.sender.id,
    frame: { url: frame.url, isMainFrame: frame.parent === null && frame.frameToken === mainFrameToken },
  };
}

function untrustedReply(method: string): DesktopIpcReply {
  return { ok: false, code: UNTRUSTED_SENDER, error: `${method} was refused: the message did not come from Pipeboard's own window.` };
}

/** Registers every handler; returns the function that removes them again. */
export function registerDesktopIpc(options: DesktopIpcOptions): () => void {
  const { ipcMain, services, desktop } = options;
  const log = options.log ?? (() => undefined);
  const trusted = (event: IpcSenderEvent, what: string): boolean => {
    const sender = describeSender(event);
    if (isTrustedSender(sender, options.trustedWebContentsIds())) return true;
    log(`Refused ${what} from ${sender.frame ? sender.frame.url : 'a frame that is gone'} (webContents ${sender.webContentsId}).`);
    return false;
  };

  for (const method of BRIDGE_METHODS) {
    ipcMain.handle(ipcChannel(method), async (event, ...args) => {
      if (!trusted(event, method)) return untrustedReply(method);
      let reply: DesktopIpcReply;
      try {
        reply = await services.call(method, args);
      } catch (error) {
        // services.call never rejects; this only guards against a bug there.
        reply = { ok: false, code: 'internal', error: `Pipeboard hit an unexpected problem: ${error instanceof Error ? error.message : String(error)}` };
      }
      options.observe?.(method, reply, event.sender.id);
      return reply;
    });
  }

  const listen = <T>(channel: string, name: string, schema: z.ZodType<T>, run: (webContentsId: number, args: T) => void) => {
    ipcMain.on(channel, (event, ...args) => {
      if (!trusted(event, name)) return;
      const parsed = schema.safeParse(args);
      if (!parsed.success) {
        log(`Ignored ${name} with invalid arguments.`);
        return;
      }
      run(event.sender.id, parsed.data);
    });
  };
  listen(DESKTOP_CHANNELS.setDirty, 'setDirty', desktopPayloads.setDirty, (id, [dirty]) => desktop.setDirty(id, dirty));
  listen(DESKTOP_CHANNELS.setTitle, 'setTitle', desktopPayloads.setTitle, (id, [title]) => desktop.setTitle(id, title));
  listen(DESKTOP_CHANNELS.openFileReady, 'openFileReady', desktopPayloads.openFileReady, (id) => desktop.openFileReady(id));

  const answer = <T>(channel: string, name: string, schema: z.ZodType<T>, run: (webContentsId: number, args: T) => void | Promise<void>) => {
    ipcMain.handle(channel, async (event, ...args): Promise<DesktopIpcReply> => {
      if (!trusted(event, name)) return untrustedReply(name);
      const parsed = schema.safeParse(args);
      if (!parsed.success) return { ok: false, code: 'invalid-argument', error: `Invalid arguments for ${name}: ${parsed.error.issues[0]?.message ?? 'unexpected value'}` };
      try {
        await run(event.sender.id, parsed.data);
        return { ok: true, value: null };
      } catch (error) {
        return { ok: false, code: 'io', error: error instanceof Error ? error.message : String(error) };
      }
    });
  };
  answer(DESKTOP_CHANNELS.copyImage, 'copyImage', desktopRequests.copyImage, (id, [base64]) => {
    const png = new Uint8Array(Buffer.from(base64, 'base64'));
    if (!isPng(png)) throw new Error('Could not copy the image: it is not a PNG.');
    return desktop.copyImage(id, png);
  });

  return () => {
    for (const method of BRIDGE_METHODS) ipcMain.removeHandler(ipcChannel(method));
    for (const name of Object.keys(desktopRequests) as (keyof typeof desktopRequests)[]) ipcMain.removeHandler(DESKTOP_CHANNELS[name]);
    for (const name of Object.keys(desktopPayloads) as (keyof typeof desktopPayloads)[]) {
      ipcMain.removeAllListeners(DESKTOP_CHANNELS[name]);
    }
  };
}
