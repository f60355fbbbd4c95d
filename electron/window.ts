import { BrowserWindow, dialog, type Session, type WebContents } from 'electron';
import type { BridgeMethod } from '../shared/ipc/channels';
import type { DesktopMenuCommand } from '../shared/ipc/contract';
import { APP_ENTRY_URL, isAppUrl } from './appOrigin';
import { CloseGuard, type CloseAnswer } from './closeGuard';
import { DESKTOP_CHANNELS, type DesktopIpcReply } from './desktopChannels';
import { TITLE_MAX_CHARS } from './ipc';
import { decideNavigation } from './navigationPolicy';

/**
 * The app's window and the rules every web page in the app lives under: no Node, sandboxed, isolated
 * preload; no navigation, no new windows, no <webview>, no permissions, no requests to the network or
 * to file:// (the page comes from app://, served with a strict CSP by appProtocol.ts). Closing with
 * unsaved changes asks first (closeGuard.ts).
 */

export interface MainWindowOptions {
  preloadPath: string;
  /** The window icon on Linux and Windows (macOS takes the app bundle's). */
  iconPath?: string;
  /** Developer Tools only in development builds. */
  allowDevTools: boolean;
  openExternal: (url: string) => void;
  log: (message: string) => void;
  /** The user called off a close (Cancel, or a save that did not happen). */
  onCloseCancelled: () => void;
}

export interface MainWindow {
  readonly window: BrowserWindow;
  readonly webContentsId: number;
  sendMenuCommand(command: DesktopMenuCommand): void;
  /** Delivers a path to open once the renderer listens for them. */
  openFile(filePath: string): void;
  setDirty(dirty: boolean): void;
  setTitle(title: string): void;
  openFileReady(): void;
  /** Every bridge reply to this window (saves and save dialogs matter to a pending close). */
  observeBridgeReply(method: BridgeMethod, reply: DesktopIpcReply): void;
}

/** Deny every permission (camera, notifications, clipboard-read, HID, …) for the app's session. */
export function hardenSession(session: Session, log: (message: string) => void): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    log(`Denied the permission request "${permission}".`);
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.setDisplayMediaRequestHandler((_request, callback) => callback(null));
  // No remote content: the app's page comes from app://; http(s), ws(s) and file:// never load.
  session.webRequest.onBeforeRequest(
    { urls: ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*', 'file://*/*'] },
    (details, callback) => {
      log(`Blocked a request to ${details.url.slice(0, 200)}.`);
      callback({ cancel: true });
    },
  );
}

/**
 * For every WebContents the app creates (its window, Developer Tools, anything else): no navigation
 * away, no new windows, no <webview>. Allow-listed AWS links go to the system browser instead.
 */
const guarded = new WeakSet<WebContents>();

export function guardWebContents(contents: WebContents, openExternal: (url: string) => void): void {
  if (guarded.has(contents)) return;
  guarded.add(contents);
  const redirectOutside = (url: string) => {
    const decision = decideNavigation(url);
    if (decision.openExternally !== null) openExternal(decision.openExternally);
  };
  contents.on('will-navigate', (event) => {
    event.preventDefault();
    redirectOutside(event.url);
  });
  contents.on('will-frame-navigate', (event) => {
    if (event.isMainFrame) return; // the main frame is handled by will-navigate
    event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    redirectOutside(url);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
}

const CLOSE_BUTTONS: readonly CloseAnswer[] = ['save', 'discard', 'cancel'];
const CLOSE_QUESTION = {
  type: 'warning' as const,
  buttons: ['Save', "Don't Save", 'Cancel'],
  defaultId: 0,
  cancelId: 2,
  noLink: true,
  message: 'Save the changes to this design before closing?',
  detail: "If you don't save, your changes since the last save are lost.",
};
const answerFor = (response: number): CloseAnswer => CLOSE_BUTTONS[response] ?? 'cancel';

/** Control characters out, length capped: the title is text from the page. */
function cleanTitle(title: string): string {
  const flat = title.replace(/[\p{Cc}\u2028\u2029]/gu, ' ').trim();
  return (flat.length > TITLE_MAX_CHARS ? `${flat.slice(0, TITLE_MAX_CHARS - 1)}…` : flat) || 'Pipeboard';
}

export function createMainWindow(options: MainWindowOptions): MainWindow {
  const window = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 800,
    minHeight: 560,
    show: false,
    title: 'Pipeboard',
    ...(options.iconPath ? { icon: options.iconPath } : {}),
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      // Middle-click must not open anything either (new windows are denied anyway).
      disableBlinkFeatures: 'Auxclick',
      navigateOnDragDrop: false,
      safeDialogs: true,
      devTools: options.allowDevTools,
      spellcheck: false,
    },
  });
  const contents = window.webContents;
  const webContentsId = contents.id;
  guardWebContents(contents, options.openExternal);
  const guard = new CloseGuard();
  let asking = false;
  let rendererListensForFiles = false;
  const pendingFiles: string[] = [];

  const sendToPage = (channel: string, payload: string): boolean => {
    if (window.isDestroyed() || !isAppUrl(contents.getURL())) return false;
    contents.send(channel, payload);
    return true;
  };
  const sendMenuCommand = (command: DesktopMenuCommand) => {
    sendToPage(DESKTOP_CHANNELS.menuCommand, command);
  };
  const flushFiles = () => {
    while (rendererListensForFiles && pendingFiles.length > 0) {
      const next = pendingFiles[0];
      if (next === undefined || !sendToPage(DESKTOP_CHANNELS.openFile, next)) return;
      pendingFiles.shift();
    }
  };

  const act = (action: 'close' | 'save-then-close' | 'stay' | 'none' | 'ask') => {
    if (action === 'close') setImmediate(() => window.isDestroyed() || window.close());
    else if (action === 'save-then-close') sendMenuCommand('file.save');
    else if (action === 'stay') options.onCloseCancelled();
  };

  window.on('close', (event) => {
    if (guard.requestClose() === 'close') return;
    event.preventDefault();
    if (asking) return;
    asking = true;
    dialog
      .showMessageBox(window, CLOSE_QUESTION)
      .then(({ response }) => act(guard.answer(answerFor(response))))
      .catch((error: unknown) => options.log(`The close question failed: ${String(error)}`))
      .finally(() => {
        asking = false;
      });
  });

  // The page's own beforeunload guard objected (it knows about unsaved changes even if it never
  // called setDirty): go on only if the user agreed, otherwise ask now.
  contents.on('will-prevent-unload', (event) => {
    if (guard.unloadMayProceed()) {
      event.preventDefault();
      return;
    }
    const action = guard.answer(answerFor(dialog.showMessageBoxSync(window, CLOSE_QUESTION)));
    if (action === 'close') event.preventDefault();
    else act(action);
  });

  contents.on('did-start-loading', () => {
    // A new page (a reload after a crash) starts clean and subscribes again.
    rendererListensForFiles = false;
    guard.reset();
  });
  contents.on('page-title-updated', (event, title) => {
    event.preventDefault();
    window.setTitle(cleanTitle(title));
  });
  window.once('ready-to-show', () => window.show());
  const crashes: number[] = [];
  contents.on('render-process-gone', (_event, details) => {
    if (window.isDestroyed() || details.reason === 'clean-exit') return;
    const now = Date.now();
    crashes.push(now);
    while (crashes.length > 0 && (crashes[0] ?? now) < now - 60_000) crashes.shift();
    if (crashes.length > 3) {
      options.log(`The page stopped again (${details.reason}); not reloading it a fourth time this minute.`);
      return;
    }
    options.log(`The page stopped (${details.reason}); reloading it. It offers the last autosave to recover.`);
    void window.loadURL(APP_ENTRY_URL);
  });

  void window.loadURL(APP_ENTRY_URL).catch((error: unknown) => options.log(`Could not load the app: ${String(error)}`));

  return {
    window,
    webContentsId,
    sendMenuCommand,
    openFile: (filePath) => {
      pendingFiles.push(filePath);
      flushFiles();
      if (!window.isDestroyed()) {
        if (window.isMinimized()) window.restore();
        window.focus();
      }
    },
    setDirty: (dirty) => {
      if (process.platform === 'darwin' && !window.isDestroyed()) window.setDocumentEdited(dirty);
      act(guard.setDirty(dirty));
    },
    setTitle: (title) => {
      if (!window.isDestroyed()) window.setTitle(cleanTitle(title));
    },
    openFileReady: () => {
      rendererListensForFiles = true;
      flushFiles();
    },
    observeBridgeReply: (method, reply) => {
      if (method === 'saveDocument') act(guard.saveSettled(reply.ok && (reply.value as { ok?: unknown } | null)?.ok === true));
      else if (method === 'pickSavePath' && reply.ok && (reply.value === null || reply.value === undefined)) act(guard.saveDialogCancelled());
    },
  };
}
