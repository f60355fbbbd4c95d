import path from 'node:path';
import { app, clipboard, ClipboardItem, ipcMain, nativeImage, session } from 'electron';
import { createPlatformServices } from './services/platformServices';
import { designFileFromArgv } from './designFiles';
import { createNativeDialogs } from './dialogs';
import { setFontFolder } from './services/exporters/fonts';
import { registerDesktopIpc } from './ipc';
import { installMenu } from './menu';
import { openAllowedExternal } from './openExternal';
import { registerAppScheme, serveAppScheme } from './protocol';
import { createMainWindow, guardWebContents, hardenSession, type MainWindow } from './window';

/**
 * The Electron main process. Wiring only: lifecycle, one instance, and the modules that do the work
 * (window.ts, menu.ts, protocol.ts, ipc.ts, services/). Built by electron/tools/build-electron.mjs
 * to dist/electron/main.js, next to preload.js, with the renderer build in dist/renderer.
 */

const log = (message: string) => console.error(`[pipeboard] ${message}`);
const here = __dirname;
const rendererDir = path.join(here, '..', 'renderer');

app.setName('Pipeboard');
// Settings, recent files and the recovery copy (and the single-instance lock) live in userData:
// <appData>/Pipeboard, also in development where the package name is lower-case, so the desktop app
// never shares its recovery copy with a browser-mode host (~/.config/pipeboard). PIPEBOARD_DATA_DIR
// moves it (tests give each app its own); PIPEBOARD_DOCUMENTS_DIR is where the file dialogs start.
app.setPath('userData', path.resolve(process.env.PIPEBOARD_DATA_DIR || path.join(app.getPath('appData'), 'Pipeboard')));
if (process.env.PIPEBOARD_DOCUMENTS_DIR) app.setPath('documents', path.resolve(process.env.PIPEBOARD_DOCUMENTS_DIR));
registerAppScheme();
// The export fonts are copied next to this bundle (build-electron.mjs).
setFontFolder(path.join(here, 'fonts'));

let mainWindow: MainWindow | null = null;
let quitting = false;
/** Files the OS asked to open before there was a window to open them in. */
const filesBeforeWindow: string[] = [];

function openFile(filePath: string): void {
  if (mainWindow) mainWindow.openFile(filePath);
  else filesBeforeWindow.push(filePath);
}

function showWindow(): void {
  if (mainWindow) {
    if (mainWindow.window.isMinimized()) mainWindow.window.restore();
    mainWindow.window.focus();
    return;
  }
  const created = createMainWindow({
    preloadPath: path.join(here, 'preload.js'),
    iconPath: process.platform === 'darwin' ? undefined : path.join(here, 'icon.png'),
    allowDevTools: !app.isPackaged,
    openExternal: (url) => openAllowedExternal(url, log),
    log,
    onCloseCancelled: () => {
      quitting = false;
    },
  });
  mainWindow = created;
  created.window.on('closed', () => {
    if (mainWindow === created) mainWindow = null;
    if (quitting) app.quit();
  });
  for (const filePath of filesBeforeWindow.splice(0)) created.openFile(filePath);
}

async function start(): Promise<void> {
  // macOS sends files to open through 'open-file', possibly before 'ready'.
  app.on('open-file', (event, filePath) => {
    event.preventDefault();
    openFile(filePath);
  });
  app.on('second-instance', (_event, argv, workingDirectory) => {
    showWindow();
    void designFileFromArgv(argv, { cwd: workingDirectory, isPackaged: app.isPackaged }).then((filePath) => {
      if (filePath) openFile(filePath);
    });
  });
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, (url) => openAllowedExternal(url, log)));
  app.on('before-quit', () => {
    quitting = true;
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin' || quitting) app.quit();
  });
  app.on('activate', () => showWindow());

  await app.whenReady();
  hardenSession(session.defaultSession, log);
  serveAppScheme(rendererDir);

  const services = await createPlatformServices({
    kind: 'electron',
    dataDir: app.getPath('userData'),
    documentsFolder: app.getPath('documents'),
    dialogs: createNativeDialogs({ window: () => mainWindow?.window ?? null, documentsFolder: () => app.getPath('documents') }),
    log,
  });
  registerDesktopIpc({
    ipcMain,
    services,
    trustedWebContentsIds: () => new Set(mainWindow ? [mainWindow.webContentsId] : []),
    desktop: {
      setDirty: (id, dirty) => windowFor(id)?.setDirty(dirty),
      setTitle: (id, title) => windowFor(id)?.setTitle(title),
      openFileReady: (id) => windowFor(id)?.openFileReady(),
      copyImage: async (id, png) => {
        if (!windowFor(id)) throw new Error('Could not copy the image: its window is gone.');
        if (nativeImage.createFromBuffer(Buffer.from(png.buffer, png.byteOffset, png.byteLength)).isEmpty()) {
          throw new Error('Could not copy the image: it could not be decoded.');
        }
        await clipboard.write([new ClipboardItem({ 'image/png': new Blob([png], { type: 'image/png' }) })]);
      },
    },
    observe: (method, reply, id) => windowFor(id)?.observeBridgeReply(method, reply),
    log,
  });
  installMenu({
    send: (command) => mainWindow?.sendMenuCommand(command),
    openExternal: (url) => openAllowedExternal(url, log),
  });

  const fromArgv = await designFileFromArgv(process.argv, { cwd: process.cwd(), isPackaged: app.isPackaged });
  if (fromArgv) filesBeforeWindow.push(fromArgv);
  showWindow();
}

function windowFor(webContentsId: number): MainWindow | undefined {
  return mainWindow?.webContentsId === webContentsId ? mainWindow : undefined;
}

if (!app.requestSingleInstanceLock()) {
  // Another Pipeboard is running; it got our arguments through 'second-instance'.
  app.quit();
} else {
  start().catch((error: unknown) => {
    log(`Could not start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    app.exit(1);
  });
}
