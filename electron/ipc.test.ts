import { promises as fs } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BRIDGE_METHODS, ipcChannel, type BridgeMethod } from '../shared/ipc/channels';
import { APP_ENTRY_URL } from './appOrigin';
import { DESKTOP_CHANNELS, UNTRUSTED_SENDER, type DesktopIpcReply } from './desktopChannels';
import { registerDesktopIpc, type IpcMainLike, type IpcSenderEvent } from './ipc';
import { createPlatformServices, type PlatformServices } from './services/platformServices';
import { listFilesRecursively, makeTempDir, removeTempDir, sampleDocument } from './services/testSupport.testutil';

type Handler = (event: IpcSenderEvent, ...args: unknown[]) => unknown;

/** Records what ipc.ts registers, so messages can be delivered the way Electron would. */
class FakeIpcMain implements IpcMainLike {
  readonly handlers = new Map<string, Handler>();
  readonly listeners = new Map<string, Handler[]>();
  handle(channel: string, listener: Handler): void {
    if (this.handlers.has(channel)) throw new Error(`Second handler for ${channel}`);
    this.handlers.set(channel, listener);
  }
  on(channel: string, listener: Handler): this {
    this.listeners.set(channel, [...(this.listeners.get(channel) ?? []), listener]);
    return this;
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }
  removeAllListeners(channel: string): this {
    this.listeners.delete(channel);
    return this;
  }
  invoke(method: BridgeMethod, event: IpcSenderEvent, ...args: unknown[]): Promise<DesktopIpcReply> {
    const handler = this.handlers.get(ipcChannel(method));
    if (!handler) throw new Error(`No handler for ${method}`);
    return Promise.resolve(handler(event, ...args) as DesktopIpcReply);
  }
  send(channel: string, event: IpcSenderEvent, ...args: unknown[]): void {
    for (const listener of this.listeners.get(channel) ?? []) listener(event, ...args);
  }
}

const WINDOW_ID = 3;
const MAIN_TOKEN = 'main-frame-token';

function event(overrides: { id?: number; url?: string; parent?: unknown; token?: string; frame?: null; detached?: boolean } = {}): IpcSenderEvent {
  return {
    sender: { id: overrides.id ?? WINDOW_ID, mainFrame: { frameToken: MAIN_TOKEN } },
    senderFrame:
      overrides.frame === null
        ? null
        : {
            url: overrides.url ?? APP_ENTRY_URL,
            parent: overrides.parent ?? null,
            frameToken: overrides.token ?? MAIN_TOKEN,
            detached: overrides.detached ?? false,
          },
  };
}

const UNTRUSTED_EVENTS: Record<string, IpcSenderEvent> = {
  'a remote page in our window': event({ url: 'https://evil.example/' }),
  'a file:// page in our window': event({ url: 'file:///tmp/evil.html' }),
  'a look-alike app host': event({ url: 'app://pipeboard.evil/index.html' }),
  'a subframe showing an app page': event({ parent: {}, token: 'child-frame' }),
  'a frame that is not the main frame': event({ token: 'other-token' }),
  'a detached frame': event({ detached: true }),
  'a frame that is gone': event({ frame: null }),
  'another WebContents': event({ id: 99 }),
};

let base: string;
let dataDir: string;
let docs: string;
let services: PlatformServices;
let ipc: FakeIpcMain;
let desktopCalls: string[];
let copied: Uint8Array[];
let observed: { method: BridgeMethod; reply: DesktopIpcReply }[];
let logged: string[];
let unregister: () => void;

beforeEach(async () => {
  base = await makeTempDir('pipeboard-ipc-');
  dataDir = path.join(base, 'data');
  docs = path.join(base, 'docs');
  await fs.mkdir(dataDir);
  await fs.mkdir(docs);
  services = await createPlatformServices({ kind: 'electron', dataDir, documentsFolder: docs });
  ipc = new FakeIpcMain();
  desktopCalls = [];
  copied = [];
  observed = [];
  logged = [];
  unregister = registerDesktopIpc({
    ipcMain: ipc,
    services,
    trustedWebContentsIds: () => new Set([WINDOW_ID]),
    desktop: {
      setDirty: (id, dirty) => desktopCalls.push(`setDirty ${id} ${dirty}`),
      setTitle: (id, title) => desktopCalls.push(`setTitle ${id} ${title}`),
      openFileReady: (id) => desktopCalls.push(`openFileReady ${id}`),
      copyImage: (id, png) => {
        desktopCalls.push(`copyImage ${id} ${png.byteLength}`);
        copied.push(png);
      },
    },
    observe: (method, reply) => observed.push({ method, reply }),
    log: (message) => logged.push(message),
  });
});
afterEach(async () => {
  await removeTempDir(base);
});

describe('bridge IPC handlers', () => {
  it('registers exactly one handler per bridge method (and copyImage), and removes them again', () => {
    expect([...ipc.handlers.keys()].sort()).toEqual([...BRIDGE_METHODS.map(ipcChannel), DESKTOP_CHANNELS.copyImage].sort());
    unregister();
    expect(ipc.handlers.size).toBe(0);
    expect(ipc.listeners.size).toBe(0);
  });

  it('runs calls from the main frame of our window on real files', async () => {
    const info = await ipc.invoke('info', event());
    expect(info).toEqual({ ok: true, value: { kind: 'electron', documentsFolder: docs, platform: process.platform } });

    const target = path.join(docs, 'design.pipeboard.json');
    const saved = await ipc.invoke('saveDocument', event(), { path: target, document: sampleDocument(3) });
    expect(saved).toMatchObject({ ok: true, value: { ok: true, path: target } });
    const opened = await ipc.invoke('openDocument', event(), target);
    expect(opened).toMatchObject({ ok: true, value: { ok: true, document: { title: 'Design sample' } } });
    expect(observed.map((entry) => entry.method)).toEqual(['info', 'saveDocument', 'openDocument']);
  });

  it('answers every method with a typed refusal for untrusted senders, and touches no file', async () => {
    const target = path.join(docs, 'evil.pipeboard.json');
    const validArgs: Record<BridgeMethod, unknown[]> = {
      info: [],
      pickOpenPath: [],
      pickSavePath: ['x.pipeboard.json'],
      listDirectory: [docs],
      openDocument: [target],
      saveDocument: [{ path: target, document: sampleDocument(2) }],
      fileModifiedAt: [target],
      recentFiles: [],
      removeRecent: [target],
      exportDesign: [{ path: path.join(docs, 'x.svg'), format: 'svg', document: sampleDocument(2), theme: 'light', include: { cost: true, issues: true, notes: true } }],
      getSettings: [],
      setSettings: [{ theme: 'dark' }],
      autosave: [sampleDocument(2)],
      pendingRecovery: [],
      discardRecovery: [],
    };
    for (const [why, untrusted] of Object.entries(UNTRUSTED_EVENTS)) {
      for (const method of BRIDGE_METHODS) {
        const reply = await ipc.invoke(method, untrusted, ...validArgs[method]);
        expect(reply, `${method} from ${why}`).toMatchObject({ ok: false, code: UNTRUSTED_SENDER });
      }
    }
    expect(await listFilesRecursively(base)).toEqual([]);
    expect(observed).toEqual([]);
    expect(logged.length).toBe(Object.keys(UNTRUSTED_EVENTS).length * BRIDGE_METHODS.length);
  });

  it('refuses malformed payloads with invalid-argument', async () => {
    const cases: [BridgeMethod, unknown[]][] = [
      ['openDocument', []],
      ['openDocument', [42]],
      ['openDocument', ['a\0b']],
      ['saveDocument', [{ path: path.join(docs, 'x.pipeboard.json'), document: { format: 'nope' } }]],
      ['saveDocument', [{ path: path.join(docs, 'x.pipeboard.json'), document: sampleDocument(1), extra: true }]],
      ['exportDesign', [{ path: path.join(docs, 'x.png'), format: 'gif', document: sampleDocument(1), theme: 'light', include: { cost: true, issues: true, notes: true } }]],
      ['exportDesign', [{ path: path.join(docs, 'x.png'), format: 'png', document: sampleDocument(1), theme: 'light', scale: 4, include: { cost: true, issues: true, notes: true } }]],
      ['exportDesign', [{ path: path.join(docs, 'x.png'), format: 'png', document: sampleDocument(1), theme: 'light', include: { cost: true } }]],
      ['setSettings', [{ theme: 'neon' }]],
      ['info', ['unexpected']],
      ['pickSavePath', ['x'.repeat(10_000)]],
    ];
    for (const [method, args] of cases) {
      expect(await ipc.invoke(method, event(), ...args), method).toMatchObject({ ok: false, code: 'invalid-argument' });
    }
    expect(await listFilesRecursively(docs)).toEqual([]);
  });

  it('never throws past the handler and never writes a file, whatever the payload (property)', async () => {
    const methods = BRIDGE_METHODS.filter((method) => method !== 'pickOpenPath' && method !== 'pickSavePath');
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...methods), fc.array(fc.oneof(fc.jsonValue(), fc.anything()), { maxLength: 3 }), async (method, args) => {
        const reply = await ipc.invoke(method, event(), ...args);
        expect(typeof reply.ok).toBe('boolean');
        if (!reply.ok) expect(['invalid-argument', 'outside-workspace', 'io']).toContain(reply.code);
      }),
      { numRuns: 300 },
    );
    // Settings or the recent list may be read, but no design, export or recovery file appears.
    expect((await listFilesRecursively(base)).filter((file) => !file.startsWith('data/'))).toEqual([]);
    expect(await listFilesRecursively(dataDir)).not.toContain('recovery.json');
  });
});

describe('copyImage', () => {
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
  const invokeCopy = (from: IpcSenderEvent, ...args: unknown[]) => {
    const handler = ipc.handlers.get(DESKTOP_CHANNELS.copyImage);
    if (!handler) throw new Error('No copyImage handler');
    return Promise.resolve(handler(from, ...args) as DesktopIpcReply);
  };

  it('hands a PNG from our window to the clipboard writer', async () => {
    expect(await invokeCopy(event(), png.toString('base64'))).toEqual({ ok: true, value: null });
    expect(desktopCalls).toEqual([`copyImage ${WINDOW_ID} ${png.byteLength}`]);
    expect(Buffer.from(copied[0]!)).toEqual(png);
  });

  it('refuses other senders, non-PNG bytes and malformed payloads, copying nothing', async () => {
    for (const untrusted of Object.values(UNTRUSTED_EVENTS)) {
      expect(await invokeCopy(untrusted, png.toString('base64'))).toMatchObject({ ok: false, code: UNTRUSTED_SENDER });
    }
    expect(await invokeCopy(event(), Buffer.from('GIF89a-----').toString('base64'))).toMatchObject({ ok: false, code: 'io', error: expect.stringContaining('not a PNG') });
    for (const args of [[], [42], ['not base64!'], [png.toString('base64'), 'extra']]) {
      expect(await invokeCopy(event(), ...args), JSON.stringify(args)).toMatchObject({ ok: false, code: 'invalid-argument' });
    }
    expect(copied).toEqual([]);
  });

  it('reports a clipboard failure as a sentence', async () => {
    unregister();
    ipc = new FakeIpcMain();
    registerDesktopIpc({
      ipcMain: ipc,
      services,
      trustedWebContentsIds: () => new Set([WINDOW_ID]),
      desktop: {
        setDirty: () => undefined,
        setTitle: () => undefined,
        openFileReady: () => undefined,
        copyImage: async () => {
          throw new Error('Could not copy the image: it could not be decoded.');
        },
      },
    });
    expect(await invokeCopy(event(), png.toString('base64'))).toEqual({ ok: false, code: 'io', error: 'Could not copy the image: it could not be decoded.' });
  });
});

describe('desktop messages', () => {
  it('passes valid messages from our window on', () => {
    ipc.send(DESKTOP_CHANNELS.setDirty, event(), true);
    ipc.send(DESKTOP_CHANNELS.setTitle, event(), '• fraud — Pipeboard');
    ipc.send(DESKTOP_CHANNELS.openFileReady, event());
    expect(desktopCalls).toEqual([`setDirty ${WINDOW_ID} true`, `setTitle ${WINDOW_ID} • fraud — Pipeboard`, `openFileReady ${WINDOW_ID}`]);
  });

  it('ignores them from anywhere else, or with the wrong payload', () => {
    for (const untrusted of Object.values(UNTRUSTED_EVENTS)) {
      ipc.send(DESKTOP_CHANNELS.setDirty, untrusted, true);
      ipc.send(DESKTOP_CHANNELS.setTitle, untrusted, 'owned');
      ipc.send(DESKTOP_CHANNELS.openFileReady, untrusted);
    }
    ipc.send(DESKTOP_CHANNELS.setDirty, event(), 'yes');
    ipc.send(DESKTOP_CHANNELS.setDirty, event());
    ipc.send(DESKTOP_CHANNELS.setTitle, event(), 'x'.repeat(10_000));
    ipc.send(DESKTOP_CHANNELS.setTitle, event(), { toString: () => 'x' });
    ipc.send(DESKTOP_CHANNELS.openFileReady, event(), 'extra');
    expect(desktopCalls).toEqual([]);
  });
});

describe('bridge IPC with hostile payloads (Issue #14, item 1)', () => {
  it('refuses 50,000 invalid nodes with invalid-argument within a second, and keeps answering', async () => {
    const { documentWithInvalidNodes } = await import('./services/hostilePayloads.testutil');
    const started = performance.now();
    const reply = await ipc.invoke('autosave', event(), documentWithInvalidNodes(50_000));
    expect(performance.now() - started).toBeLessThan(1000);
    expect(reply).toMatchObject({ ok: false, code: 'invalid-argument' });
    expect(await ipc.invoke('getSettings', event())).toMatchObject({ ok: true });
    expect(await listFilesRecursively(docs)).toEqual([]);
  });
});
