import os from 'node:os';
import path from 'node:path';
import { isBridgeMethod, type BridgeMethod } from '../../shared/ipc/channels';
import type { PlatformBridge } from '../../shared/ipc/contract';
import { parseBridgeArgs, type BridgeArgs } from '../../shared/ipc/schemas';
import { BridgeError, type BridgeReply, type BridgeResult } from '../../shared/ipc/wire';
import { createBridgeHandlers, type Dialogs } from './bridgeHandlers';
import { DEFAULT_WORKER_LIMITS, type WorkerLimits } from './exportWorker/limits';
import { createPathGuard } from './pathGuard';
import { createRecentFiles } from './recentFiles';
import { removeStaleTempFiles } from './staleTempFiles';
import { OutsideWorkspaceError } from './workspace';

export interface PlatformServicesOptions {
  kind: 'electron' | 'browser';
  /** Where settings, the recent list and the recovery copy live. */
  dataDir: string;
  /** The folders the session may touch. Required in browser mode; in Electron, empty means any absolute path. */
  roots?: readonly string[];
  /** Where pickers start; defaults to the first root, else ~/Documents. */
  documentsFolder?: string;
  /** Native dialogs (Electron only); without them the pickers answer null. */
  dialogs?: Dialogs;
  /** Told about failures that do not fail the call (the recent list or settings could not be written). */
  log?: (message: string) => void;
  /** Time and memory bounds of exports and image reading (worker threads); 60 s and 1 GB unless given. */
  workerLimits?: Partial<WorkerLimits>;
}

export interface PlatformServices extends PlatformBridge {
  readonly kind: 'electron' | 'browser';
  /**
   * Runs one call from an untrusted caller (IPC, HTTP): checks the method name and the arguments,
   * and never rejects. Methods reject with BridgeError when called directly.
   */
  call(method: string, args: unknown): Promise<BridgeReply<unknown>>;
}

/** The PlatformBridge on real files, shared by the Electron main process and the browser-mode host. */
export async function createPlatformServices(options: PlatformServicesOptions): Promise<PlatformServices> {
  const roots = options.roots ?? [];
  if (options.kind === 'browser' && roots.length === 0) {
    throw new Error('Browser mode needs at least one workspace folder.');
  }
  const guard = await createPathGuard(roots);
  await removeCrashLeftovers(options.dataDir, guard.roots, options.log ?? (() => undefined));
  const handlers = createBridgeHandlers({
    kind: options.kind,
    dataDir: options.dataDir,
    guard,
    documentsFolder: options.documentsFolder ?? guard.roots[0] ?? path.join(os.homedir(), 'Documents'),
    dialogs: options.dialogs,
    log: options.log ?? (() => undefined),
    workerLimits: { ...DEFAULT_WORKER_LIMITS, ...options.workerLimits },
  });

  async function dispatch<M extends BridgeMethod>(method: M, rawArgs: unknown): Promise<BridgeReply<BridgeResult<M>>> {
    const parsed = parseBridgeArgs(method, rawArgs);
    if (!parsed.ok) return { ok: false, code: 'invalid-argument', error: parsed.message };
    try {
      const handler: (args: BridgeArgs<M>) => Promise<BridgeResult<M>> = handlers[method];
      return { ok: true, value: await handler(parsed.args) };
    } catch (error) {
      return replyForError(error);
    }
  }

  const direct = async <M extends BridgeMethod>(method: M, args: unknown[]): Promise<BridgeResult<M>> => {
    const reply = await dispatch(method, args);
    if (reply.ok) return reply.value;
    throw new BridgeError(reply.code, reply.error);
  };

  const bridge: PlatformBridge = {
    info: () => direct('info', []),
    pickOpenPath: () => direct('pickOpenPath', []),
    pickSavePath: (suggestedName) => direct('pickSavePath', [suggestedName]),
    listDirectory: (folder) => direct('listDirectory', [folder]),
    openDocument: (filePath) => direct('openDocument', [filePath]),
    saveDocument: (request) => direct('saveDocument', [request]),
    fileModifiedAt: (filePath) => direct('fileModifiedAt', [filePath]),
    recentFiles: () => direct('recentFiles', []),
    removeRecent: (filePath) => direct('removeRecent', [filePath]),
    exportDesign: (request) => direct('exportDesign', [request]),
    getSettings: () => direct('getSettings', []),
    setSettings: (patch) => direct('setSettings', [patch]),
    autosave: (document, filePath, session) => direct('autosave', session === undefined ? (filePath === undefined ? [document] : [document, filePath]) : [document, filePath, session]),
    pendingRecovery: (query) => direct('pendingRecovery', query === undefined ? [] : [query]),
    discardRecovery: (key) => direct('discardRecovery', key === undefined ? [] : [key]),
  };

  return {
    ...bridge,
    kind: options.kind,
    // Everything inside the try, validation included: a hostile payload gets a refusal, never a rejection.
    call: async (method, args) => {
      try {
        if (typeof method !== 'string' || !isBridgeMethod(method)) {
          return { ok: false, code: 'unknown-method', error: `There is no bridge method "${String(method).slice(0, 100)}".` };
        }
        return await dispatch(method, args);
      } catch (error) {
        return replyForError(error);
      }
    },
  };
}

/** How long start-up waits for the clean-up (a recent file's folder may be a slow network share). */
const CLEANUP_WAIT_MS = 3_000;

/** Temp files of interrupted saves in the folders we save to: the data folder, the workspaces, recent files' folders. */
async function removeCrashLeftovers(dataDir: string, roots: readonly string[], log: (message: string) => void): Promise<void> {
  const work = (async () => {
    const recent = await createRecentFiles(dataDir).list().catch(() => []);
    const removed = await removeStaleTempFiles([dataDir, ...roots, ...recent.map((file) => path.dirname(file.path))]);
    if (removed.length > 0) log(`Removed ${removed.length} temp file${removed.length === 1 ? '' : 's'} left by interrupted saves.`);
  })();
  await Promise.race([work, new Promise<void>((resolve) => setTimeout(resolve, CLEANUP_WAIT_MS).unref())]);
}

function replyForError(error: unknown): BridgeReply<never> {
  if (error instanceof BridgeError) return { ok: false, code: error.code, error: error.message };
  if (error instanceof OutsideWorkspaceError) return { ok: false, code: 'outside-workspace', error: error.message };
  return { ok: false, code: 'internal', error: `Pipeboard hit an unexpected problem: ${errorDetail(error)}` };
}

function errorDetail(error: unknown): string {
  try {
    return error instanceof Error ? error.message : String(error);
  } catch {
    return 'an error that cannot be described';
  }
}
