import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BRIDGE_METHODS, ipcChannel } from '../shared/ipc/channels';
import { DESKTOP_CHANNELS } from './desktopChannels';
import { makeTempDir, removeTempDir } from './services/testSupport.testutil';

/**
 * The built preload (CommonJS, as a sandboxed preload must be), run in Node with a fake `electron`:
 * what it puts on `window.pipeboard`, and how calls and messages travel.
 */

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
let base: string;
let source: string;
const exposed = new Map<string, Record<string, unknown>>();
const invoked: unknown[][] = [];
const sent: unknown[][] = [];
const listeners = new Map<string, ((event: unknown, value: unknown) => void)[]>();
let nextReply: unknown = { ok: true, value: 'value' };

const fakeElectron = {
  contextBridge: {
    exposeInMainWorld: (key: string, api: Record<string, unknown>) => exposed.set(key, api),
  },
  ipcRenderer: {
    invoke: async (...args: unknown[]) => {
      invoked.push(args);
      return nextReply;
    },
    send: (...args: unknown[]) => sent.push(args),
    on: (channel: string, listener: (event: unknown, value: unknown) => void) => listeners.set(channel, [...(listeners.get(channel) ?? []), listener]),
    removeListener: (channel: string, listener: (event: unknown, value: unknown) => void) =>
      listeners.set(channel, (listeners.get(channel) ?? []).filter((entry) => entry !== listener)),
  },
};
const emit = (channel: string, value: unknown) => {
  for (const listener of listeners.get(channel) ?? []) listener({ senderId: 0 }, value);
};

beforeAll(async () => {
  base = await makeTempDir('pipeboard-preload-');
  execFileSync(process.execPath, [path.join(repoRoot, 'electron/tools/build-electron.mjs'), '--out', base], { cwd: repoRoot, stdio: 'pipe' });
  const bundle = path.join(base, 'preload.js');
  source = readFileSync(bundle, 'utf8');
  const loader = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
  const originalLoad = loader._load;
  loader._load = function load(this: unknown, request: string, ...rest: unknown[]) {
    if (request === 'electron') return fakeElectron;
    return originalLoad.call(this, request, ...rest);
  };
  try {
    createRequire(import.meta.url)(bundle);
  } finally {
    loader._load = originalLoad;
  }
}, 60_000);
afterAll(async () => {
  await removeTempDir(base);
});

describe('the built preload', () => {
  it('is CommonJS that requires nothing but electron', () => {
    const requires = [...source.matchAll(/require\(["']([^"']+)["']\)/g)].map((match) => match[1]);
    expect(new Set(requires)).toEqual(new Set(['electron']));
    expect(source).not.toMatch(/^\s*(import|export)\s/m);
  });

  it('exposes exactly the PlatformBridge and the DesktopExtras on window.pipeboard', () => {
    expect([...exposed.keys()]).toEqual(['pipeboard']);
    const api = exposed.get('pipeboard') ?? {};
    expect(Object.keys(api).sort()).toEqual([...BRIDGE_METHODS, 'onMenuCommand', 'onOpenFile', 'setDirty', 'setTitle', 'copyImage'].sort());
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
  });

  it('calls each method on its channel, dropping trailing undefined arguments', async () => {
    const api = exposed.get('pipeboard') as Record<string, (...args: unknown[]) => Promise<unknown>>;
    nextReply = { ok: true, value: 'value' };
    await expect(api.openDocument?.('/a/b.pipeboard.json')).resolves.toBe('value');
    await api.autosave?.({ format: 'pipeboard' }, undefined);
    expect(invoked).toEqual([
      [ipcChannel('openDocument'), '/a/b.pipeboard.json'],
      [ipcChannel('autosave'), { format: 'pipeboard' }],
    ]);
  });

  it('turns a refusal into a rejection with the sentence', async () => {
    const api = exposed.get('pipeboard') as Record<string, (...args: unknown[]) => Promise<unknown>>;
    nextReply = { ok: false, code: 'invalid-argument', error: 'Invalid arguments for openDocument: 0: The path is empty.' };
    await expect(api.openDocument?.('')).rejects.toThrow('Invalid arguments for openDocument: 0: The path is empty.');
  });

  it('passes on only known menu commands and path strings, without the event', () => {
    const api = exposed.get('pipeboard') as Record<string, (...args: unknown[]) => unknown>;
    const commands: unknown[][] = [];
    const files: unknown[][] = [];
    const editing: string[] = [];
    const fakeDocument = { activeElement: null as unknown, execCommand: (name: string) => editing.push(name) };
    (globalThis as { document?: unknown }).document = fakeDocument;
    const stopMenu = api.onMenuCommand?.((...args: unknown[]) => commands.push(args)) as () => void;
    const stopFiles = api.onOpenFile?.((...args: unknown[]) => files.push(args)) as () => void;
    expect(sent.at(-1)).toEqual([DESKTOP_CHANNELS.openFileReady]);
    emit(DESKTOP_CHANNELS.menuCommand, 'file.save');
    emit(DESKTOP_CHANNELS.menuCommand, 'shell.exec');
    // Typing in a text field: Undo edits the text, not the design.
    fakeDocument.activeElement = { tagName: 'INPUT', type: 'text', isContentEditable: false };
    emit(DESKTOP_CHANNELS.menuCommand, 'edit.undo');
    emit(DESKTOP_CHANNELS.menuCommand, 'file.new');
    fakeDocument.activeElement = { tagName: 'BODY', isContentEditable: false };
    emit(DESKTOP_CHANNELS.menuCommand, 'edit.undo');
    emit(DESKTOP_CHANNELS.openFile, '/a/b.pipeboard.json');
    emit(DESKTOP_CHANNELS.openFile, 42);
    stopMenu();
    stopFiles();
    emit(DESKTOP_CHANNELS.menuCommand, 'file.open');
    expect(commands).toEqual([['file.save'], ['file.new'], ['edit.undo']]);
    expect(editing).toEqual(['undo']);
    expect(files).toEqual([['/a/b.pipeboard.json']]);
    expect(() => api.onMenuCommand?.('not a function')).toThrow(TypeError);
    delete (globalThis as { document?: unknown }).document;
  });

  it('asks the main process to copy an image, and turns its refusal into a rejection', async () => {
    const api = exposed.get('pipeboard') as Record<string, (...args: unknown[]) => Promise<unknown>>;
    invoked.length = 0;
    nextReply = { ok: true, value: null };
    await expect(api.copyImage?.('iVBORw0KGgo=')).resolves.toBeUndefined();
    expect(invoked).toEqual([[DESKTOP_CHANNELS.copyImage, 'iVBORw0KGgo=']]);
    nextReply = { ok: false, code: 'io', error: 'Could not copy the image: it is not a PNG.' };
    await expect(api.copyImage?.('R0lG')).rejects.toThrow('Could not copy the image: it is not a PNG.');
  });

  it('sends dirty state and title as plain values', () => {
    const api = exposed.get('pipeboard') as Record<string, (...args: unknown[]) => unknown>;
    api.setDirty?.('yes');
    api.setDirty?.(true);
    api.setTitle?.('fraud — Pipeboard');
    expect(sent.slice(-3)).toEqual([
      [DESKTOP_CHANNELS.setDirty, false],
      [DESKTOP_CHANNELS.setDirty, true],
      [DESKTOP_CHANNELS.setTitle, 'fraud — Pipeboard'],
    ]);
  });
});
