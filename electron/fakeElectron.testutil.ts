import { EventEmitter } from 'node:events';
import Module, { createRequire } from 'node:module';

/**
 * A recording stand-in for the `electron` module, to run the built main-process bundle in plain Node
 * (this machine has no Electron runtime). It implements only what the app calls, records every call,
 * and lets a test deliver events (ready, close, will-navigate, IPC messages) the way Electron would.
 */

export interface FakeEvent {
  defaultPrevented: boolean;
  preventDefault(): void;
  [key: string]: unknown;
}

export function fakeEvent(extra: Record<string, unknown> = {}): FakeEvent {
  const event: FakeEvent = {
    defaultPrevented: false,
    preventDefault() {
      event.defaultPrevented = true;
    },
    ...extra,
  };
  return event;
}

let nextWebContentsId = 1;

export class FakeWebContents extends EventEmitter {
  readonly id = nextWebContentsId++;
  readonly mainFrame = { frameToken: `main-${this.id}` };
  url = '';
  readonly sent: [string, unknown][] = [];
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;

  constructor(private readonly fake: FakeElectron) {
    super();
    fake.app.emit('web-contents-created', fakeEvent(), this);
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
  getURL(): string {
    return this.url;
  }
  isLoading(): boolean {
    return false;
  }
  send(channel: string, payload: unknown): void {
    this.sent.push([channel, payload]);
  }
  /** An IPC event as Electron builds it for a message from this WebContents. */
  ipcEvent(frame: { url?: string; parent?: unknown; frameToken?: string } = {}) {
    return {
      sender: this,
      senderFrame: { url: frame.url ?? this.url, parent: frame.parent ?? null, frameToken: frame.frameToken ?? this.mainFrame.frameToken, detached: false },
    };
  }
}

export class FakeBrowserWindow extends EventEmitter {
  readonly webContents: FakeWebContents;
  title = '';
  destroyed = false;
  shown = false;
  documentEdited: boolean | undefined;

  constructor(
    readonly fake: FakeElectron,
    readonly options: Record<string, unknown>,
  ) {
    super();
    this.webContents = new FakeWebContents(fake);
    fake.windows.push(this);
  }
  loadURL(url: string): Promise<void> {
    this.webContents.url = url;
    this.fake.loaded.push(url);
    return Promise.resolve();
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  show(): void {
    this.shown = true;
  }
  focus(): void {}
  restore(): void {}
  isMinimized(): boolean {
    return false;
  }
  setTitle(title: string): void {
    this.title = title;
  }
  setDocumentEdited(edited: boolean): void {
    this.documentEdited = edited;
  }
  close(): void {
    const event = fakeEvent();
    this.emit('close', event);
    if (event.defaultPrevented) return;
    this.destroyed = true;
    this.emit('closed');
  }
}

type Listener = (event: unknown, ...args: unknown[]) => unknown;

/** `new BrowserWindow(options)` as Electron's module offers it: windows that belong to `fake`. */
function windowClassOf(fake: FakeElectron): new (options: Record<string, unknown>) => FakeBrowserWindow {
  return class extends FakeBrowserWindow {
    constructor(options: Record<string, unknown>) {
      super(fake, options);
    }
  };
}

export class FakeElectron {
  readonly windows: FakeBrowserWindow[] = [];
  readonly loaded: string[] = [];
  readonly opened: string[] = [];
  /** What `clipboard.write` was given: each item's payloads by MIME type. */
  readonly clipboardWrites: Record<string, unknown>[][] = [];
  readonly log: string[] = [];
  readonly paths = new Map<string, string>();
  readonly messageBoxAnswers: number[] = [];
  readonly messageBoxes: unknown[] = [];
  privilegedSchemes: unknown[] | undefined;
  privilegedBeforeReady = false;
  protocolHandlers = new Map<string, (request: Request) => Promise<Response>>();
  applicationMenu: unknown[] | undefined;
  permissionRequestHandler: ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void) | undefined;
  permissionCheckHandler: ((...args: unknown[]) => boolean) | undefined;
  devicePermissionHandler: ((...args: unknown[]) => boolean) | undefined;
  beforeRequest: { filter: { urls: string[] }; listener: (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void } | undefined;
  readonly ipcHandlers = new Map<string, Listener>();
  readonly ipcListeners = new Map<string, Listener[]>();
  private isReady = false;
  private resolveReady!: () => void;
  private readonly readyPromise = new Promise<void>((resolve) => {
    this.resolveReady = resolve;
  });

  readonly app = Object.assign(new EventEmitter(), {
    name: 'pipeboard',
    isPackaged: false,
    quitCalls: 0,
    exitCode: undefined as number | undefined,
    setName: (name: string) => {
      this.app.name = name;
    },
    setPath: (name: string, value: string) => {
      this.paths.set(name, value);
    },
    getPath: (name: string) => {
      const value = this.paths.get(name);
      if (!value) throw new Error(`No fake path for ${name}`);
      return value;
    },
    requestSingleInstanceLock: () => true,
    whenReady: () => this.readyPromise,
    quit: () => {
      this.app.quitCalls += 1;
    },
    exit: (code: number) => {
      this.app.exitCode = code;
    },
  });

  readonly module = {
    app: this.app,
    // Set in the constructor, where `this` is the fake the windows record into.
    BrowserWindow: undefined as unknown as new (options: Record<string, unknown>) => FakeBrowserWindow,
    ipcMain: {
      handle: (channel: string, listener: Listener) => {
        this.ipcHandlers.set(channel, listener);
      },
      on: (channel: string, listener: Listener) => {
        this.ipcListeners.set(channel, [...(this.ipcListeners.get(channel) ?? []), listener]);
      },
      removeHandler: (channel: string) => this.ipcHandlers.delete(channel),
      removeAllListeners: (channel: string) => this.ipcListeners.delete(channel),
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => {
        this.privilegedSchemes = schemes;
        this.privilegedBeforeReady = !this.isReady;
      },
      handle: (scheme: string, handler: (request: Request) => Promise<Response>) => {
        this.protocolHandlers.set(scheme, handler);
      },
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (handler: FakeElectron['permissionRequestHandler']) => {
          this.permissionRequestHandler = handler;
        },
        setPermissionCheckHandler: (handler: FakeElectron['permissionCheckHandler']) => {
          this.permissionCheckHandler = handler;
        },
        setDevicePermissionHandler: (handler: FakeElectron['devicePermissionHandler']) => {
          this.devicePermissionHandler = handler;
        },
        setDisplayMediaRequestHandler: () => undefined,
        webRequest: {
          onBeforeRequest: (filter: { urls: string[] }, listener: NonNullable<FakeElectron['beforeRequest']>['listener']) => {
            this.beforeRequest = { filter, listener };
          },
        },
      },
    },
    Menu: {
      buildFromTemplate: (template: unknown[]) => ({ template }),
      setApplicationMenu: (menu: { template: unknown[] }) => {
        this.applicationMenu = menu.template;
      },
    },
    dialog: {
      showMessageBox: async (_window: unknown, options: unknown) => {
        this.messageBoxes.push(options);
        return { response: this.messageBoxAnswers.shift() ?? 2 };
      },
      showMessageBoxSync: (_window: unknown, options: unknown) => {
        this.messageBoxes.push(options);
        return this.messageBoxAnswers.shift() ?? 2;
      },
      showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
      showSaveDialog: async () => ({ canceled: true, filePath: '' }),
    },
    shell: {
      openExternal: async (url: string) => {
        this.opened.push(url);
      },
    },
    clipboard: {
      write: async (items: { items: Record<string, unknown> }[]) => {
        this.clipboardWrites.push(items.map((item) => item.items));
      },
    },
    ClipboardItem: class {
      constructor(readonly items: Record<string, unknown>) {}
    },
    nativeImage: {
      // Empty unless the bytes start like a PNG (the real one decodes PNG and JPEG).
      createFromBuffer: (buffer: Buffer) => ({ isEmpty: () => buffer.subarray(1, 4).toString('latin1') !== 'PNG' }),
    },
  };

  constructor() {
    this.module.BrowserWindow = windowClassOf(this);
  }

  ready(): void {
    this.isReady = true;
    this.resolveReady();
  }

  /** Delivers `ipcRenderer.invoke(channel, ...args)` from `contents`. */
  invoke(channel: string, event: unknown, ...args: unknown[]): Promise<unknown> {
    const handler = this.ipcHandlers.get(channel);
    if (!handler) throw new Error(`No IPC handler for ${channel}`);
    return Promise.resolve(handler(event, ...args));
  }

  /** Delivers `ipcRenderer.send(channel, ...args)`. */
  send(channel: string, event: unknown, ...args: unknown[]): void {
    for (const listener of this.ipcListeners.get(channel) ?? []) listener(event, ...args);
  }
}

/**
 * Loads a CommonJS bundle with `require('electron')` answered by `fake`. Returns a function that
 * puts the module loader back.
 */
export function loadWithFakeElectron(bundlePath: string, fake: FakeElectron): () => void {
  const loader = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
  const originalLoad = loader._load;
  loader._load = function load(this: unknown, request: string, ...rest: unknown[]) {
    if (request === 'electron') return fake.module;
    return originalLoad.call(this, request, ...rest);
  };
  const requireFromHere = createRequire(import.meta.url);
  delete requireFromHere.cache[bundlePath];
  try {
    requireFromHere(bundlePath);
  } catch (error) {
    loader._load = originalLoad;
    throw error;
  }
  return () => {
    loader._load = originalLoad;
  };
}

/** Lets pending promises and setImmediate callbacks run. */
export async function settle(rounds = 5): Promise<void> {
  for (let round = 0; round < rounds; round += 1) await new Promise((resolve) => setImmediate(resolve));
}
