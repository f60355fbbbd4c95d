import { execFileSync } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ipcChannel } from '../shared/ipc/channels';
import { APP_CSP } from './contentSecurityPolicy';
import { DESKTOP_CHANNELS } from './desktopChannels';
import { fakeEvent, FakeElectron, loadWithFakeElectron, settle, type FakeBrowserWindow } from './fakeElectron.testutil';
import { listFilesRecursively, makeTempDir, removeTempDir, sampleDocument } from './services/testSupport.testutil';

/**
 * The built main-process bundle (dist/electron/main.js, built here into a temp folder), run in Node
 * against a recording fake of the `electron` module: what it registers before and after `ready`, the
 * window it opens, and how it answers navigation, permissions, app:// requests, IPC and closing.
 */

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
let base: string;
let fake: FakeElectron;
let restore: () => void;
let window: FakeBrowserWindow;
const savedEnv = process.env.PIPEBOARD_DATA_DIR;

type MenuItem = { label?: string; role?: string; id?: string; click?: () => void; submenu?: MenuItem[] };
const flatten = (items: MenuItem[]): MenuItem[] => items.flatMap((item) => [item, ...flatten(item.submenu ?? [])]);

beforeAll(async () => {
  base = await makeTempDir('pipeboard-bundle-');
  execFileSync(process.execPath, [path.join(repoRoot, 'electron/tools/build-electron.mjs'), '--out', path.join(base, 'app', 'electron')], {
    cwd: repoRoot,
    stdio: 'pipe',
  });
  await fs.mkdir(path.join(base, 'app', 'renderer'), { recursive: true });
  await fs.writeFile(path.join(base, 'app', 'renderer', 'index.html'), '<!doctype html><title>Pipeboard</title>');
  await fs.writeFile(path.join(base, 'app', 'secret.txt'), 'outside the renderer');
  await fs.mkdir(path.join(base, 'documents'));
  // As in development (`npm start`): packages the bundle leaves external (resvg) resolve from node_modules.
  await fs.symlink(path.join(repoRoot, 'node_modules'), path.join(base, 'node_modules'), 'dir');
  await fs.writeFile(path.join(base, 'documents', 'opened.pipeboard.json'), '{}');

  process.env.PIPEBOARD_DATA_DIR = path.join(base, 'data');
  fake = new FakeElectron();
  fake.paths.set('documents', path.join(base, 'documents'));
  restore = loadWithFakeElectron(path.join(base, 'app', 'electron', 'main.js'), fake);
}, 60_000);

afterAll(async () => {
  restore?.();
  if (savedEnv === undefined) delete process.env.PIPEBOARD_DATA_DIR;
  else process.env.PIPEBOARD_DATA_DIR = savedEnv;
  // The link first, so removing the folder can never reach the project's node_modules.
  await fs.unlink(path.join(base, 'node_modules')).catch(() => undefined);
  await removeTempDir(base);
});

describe('the built main process (against a fake Electron)', () => {
  it('before ready: registers app:// as a privileged standard secure scheme and takes the single-instance lock', () => {
    expect(fake.privilegedBeforeReady).toBe(true);
    expect(fake.privilegedSchemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, bypassCSP: false } },
    ]);
    expect(fake.app.name).toBe('Pipeboard');
    expect(fake.paths.get('userData')).toBe(path.join(base, 'data'));
    expect(fake.windows).toHaveLength(0);
  });

  it('on ready: one window, hardened, loading app://pipeboard/index.html with the built preload', async () => {
    fake.ready();
    // Services start on real files first (asynchronously), then the window opens.
    await vi.waitFor(() => expect(fake.windows).toHaveLength(1), { timeout: 10_000 });
    window = fake.windows[0] as FakeBrowserWindow;
    const preferences = window.options.webPreferences as Record<string, unknown>;
    expect(preferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      devTools: true,
    });
    expect(preferences).not.toHaveProperty('enableBlinkFeatures');
    expect(preferences.preload).toBe(path.join(base, 'app', 'electron', 'preload.js'));
    expect(existsSync(preferences.preload as string)).toBe(true);
    expect(fake.loaded).toEqual(['app://pipeboard/index.html']);
    window.emit('ready-to-show');
    expect(window.shown).toBe(true);
    expect(fake.applicationMenu).toBeDefined();
  });

  it('denies every permission, and every request to the network or file://', () => {
    const answers: boolean[] = [];
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      fake.permissionRequestHandler?.(window.webContents, permission, (granted) => answers.push(granted));
    }
    expect(answers).toEqual([false, false, false, false, false]);
    expect(fake.permissionCheckHandler?.(window.webContents, 'clipboard-sanitized-write', 'app://pipeboard')).toBe(false);
    expect(fake.devicePermissionHandler?.({})).toBe(false);
    expect(fake.beforeRequest?.filter.urls).toEqual(expect.arrayContaining(['http://*/*', 'https://*/*', 'file://*/*']));
    let cancelled: boolean | undefined;
    fake.beforeRequest?.listener({ url: 'https://evil.example/x.js' }, (response) => (cancelled = response.cancel));
    expect(cancelled).toBe(true);
  });

  it('never navigates or opens windows; allow-listed AWS pages go to the system browser', () => {
    const away = fakeEvent({ url: 'https://evil.example/' });
    window.webContents.emit('will-navigate', away);
    expect(away.defaultPrevented).toBe(true);
    const docs = fakeEvent({ url: 'https://docs.aws.amazon.com/sagemaker/' });
    window.webContents.emit('will-navigate', docs);
    expect(docs.defaultPrevented).toBe(true);
    expect(window.webContents.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(window.webContents.windowOpenHandler?.({ url: 'https://aws.amazon.com/sagemaker/pricing/' })).toEqual({ action: 'deny' });
    const webview = fakeEvent();
    window.webContents.emit('will-attach-webview', webview, {}, {});
    expect(webview.defaultPrevented).toBe(true);
    expect(fake.opened).toEqual(['https://docs.aws.amazon.com/sagemaker/', 'https://aws.amazon.com/sagemaker/pricing/']);
  });

  it('guards every other WebContents the app creates too', () => {
    const other = new (fake.module.BrowserWindow)({});
    const away = fakeEvent({ url: 'https://evil.example/' });
    other.webContents.emit('will-navigate', away);
    expect(away.defaultPrevented).toBe(true);
    expect(other.webContents.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    fake.windows.pop();
  });

  it('serves app:// from the renderer build only, with the CSP', async () => {
    const handler = fake.protocolHandlers.get('app');
    expect(handler).toBeDefined();
    const page = await handler?.(new Request('app://pipeboard/index.html'));
    expect(page?.status).toBe(200);
    expect(page?.headers.get('content-security-policy')).toBe(APP_CSP);
    for (const url of ['app://pipeboard/..%2fsecret.txt', 'app://pipeboard/%2e%2e/secret.txt', 'app://pipeboard/../electron/main.js']) {
      const response = await handler?.(new Request(url));
      expect([400, 404], url).toContain(response?.status);
    }
  });

  it('answers bridge calls from its own page, and refuses them from any other frame', async () => {
    const info = await fake.invoke(ipcChannel('info'), window.webContents.ipcEvent());
    expect(info).toEqual({ ok: true, value: { kind: 'electron', documentsFolder: path.join(base, 'documents'), platform: process.platform } });
    const target = path.join(base, 'documents', 'evil.pipeboard.json');
    for (const frame of [{ url: 'https://evil.example/' }, { parent: {}, frameToken: 'child' }]) {
      const refused = await fake.invoke(ipcChannel('saveDocument'), window.webContents.ipcEvent(frame), { path: target, document: sampleDocument(1) });
      expect(refused).toMatchObject({ ok: false, code: 'untrusted-sender' });
    }
    expect(existsSync(target)).toBe(false);
  });

  it('sends menu commands to the page', () => {
    const save = flatten((fake.applicationMenu ?? []) as MenuItem[]).find((item) => item.label === 'Save');
    save?.click?.();
    expect(window.webContents.sent.at(-1)).toEqual([DESKTOP_CHANNELS.menuCommand, 'file.save']);
  });

  it('opens a file from a second launch in this window once the page listens', async () => {
    const file = path.join(base, 'documents', 'opened.pipeboard.json');
    fake.app.emit('second-instance', fakeEvent(), ['/usr/bin/electron', 'main.js', 'opened.pipeboard.json'], path.join(base, 'documents'));
    // The argument is checked on disk first (asynchronously); give it ample time to be queued.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(window.webContents.sent.filter(([channel]) => channel === DESKTOP_CHANNELS.openFile)).toEqual([]);
    fake.send(DESKTOP_CHANNELS.openFileReady, window.webContents.ipcEvent());
    expect(window.webContents.sent.filter(([channel]) => channel === DESKTOP_CHANNELS.openFile)).toEqual([[DESKTOP_CHANNELS.openFile, file]]);
  });

  it('exports through the bundled exporters: PNG with the shipped fonts, SVG with the AWS icons', async () => {
    const include = { cost: true, issues: true, notes: true };
    const document = sampleDocument(3);
    const pngPath = path.join(base, 'documents', 'sheet.png');
    const png = await fake.invoke(ipcChannel('exportDesign'), window.webContents.ipcEvent(), { path: pngPath, format: 'png', document, theme: 'light', scale: 1, include });
    expect(png).toMatchObject({ ok: true, value: { ok: true, path: pngPath } });
    expect((await fs.readFile(pngPath)).subarray(1, 4).toString('latin1')).toBe('PNG');
    // Exports and image reading run in the worker bundled beside main.js (there is no source bootstrap here).
    expect(existsSync(path.join(base, 'app', 'electron', 'export-worker.js'))).toBe(true);
    const reopened = await fake.invoke(ipcChannel('openDocument'), window.webContents.ipcEvent(), pngPath);
    expect(reopened).toMatchObject({ ok: true, value: { ok: true, kind: 'png', document: { title: document.title } } });
    const svgPath = path.join(base, 'documents', 'sheet.svg');
    const svg = await fake.invoke(ipcChannel('exportDesign'), window.webContents.ipcEvent(), { path: svgPath, format: 'svg', document, theme: 'dark', include });
    expect(svg).toMatchObject({ ok: true, value: { ok: true } });
    expect(await fs.readFile(svgPath, 'utf8')).toContain('<symbol id=');
    await fs.rm(pngPath);
    await fs.rm(svgPath);
  });

  it('puts an image from its own page on the clipboard, and refuses other frames', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]).toString('base64');
    expect(await fake.invoke(DESKTOP_CHANNELS.copyImage, window.webContents.ipcEvent(), png)).toEqual({ ok: true, value: null });
    const refused = await fake.invoke(DESKTOP_CHANNELS.copyImage, window.webContents.ipcEvent({ url: 'https://evil.example/' }), png);
    expect(refused).toMatchObject({ ok: false, code: 'untrusted-sender' });
    expect(fake.clipboardWrites).toHaveLength(1);
    const blob = fake.clipboardWrites[0]?.[0]?.['image/png'] as Blob;
    expect(blob.type).toBe('image/png');
    expect(Buffer.from(await blob.arrayBuffer()).toString('base64')).toBe(png);
  });

  it('takes the title from the page, cleaned', () => {
    fake.send(DESKTOP_CHANNELS.setTitle, window.webContents.ipcEvent(), '• fraud\n— Pipeboard');
    expect(window.title).toBe('• fraud — Pipeboard');
  });

  it('asks before closing with unsaved changes; Cancel keeps it, Save closes after the save', async () => {
    fake.send(DESKTOP_CHANNELS.setDirty, window.webContents.ipcEvent(), true);
    fake.messageBoxAnswers.push(2);
    window.close();
    await settle();
    expect(window.destroyed).toBe(false);
    expect(fake.messageBoxes).toHaveLength(1);

    fake.messageBoxAnswers.push(0);
    window.close();
    await settle();
    expect(window.destroyed).toBe(false);
    expect(window.webContents.sent.at(-1)).toEqual([DESKTOP_CHANNELS.menuCommand, 'file.save']);

    const target = path.join(base, 'documents', 'saved.pipeboard.json');
    const saved = await fake.invoke(ipcChannel('saveDocument'), window.webContents.ipcEvent(), { path: target, document: sampleDocument(2) });
    expect(saved).toMatchObject({ ok: true, value: { ok: true } });
    await settle();
    expect(window.destroyed).toBe(true);
    expect(await listFilesRecursively(path.join(base, 'documents'))).toEqual(['opened.pipeboard.json', 'saved.pipeboard.json']);
  });
});
