import type { BridgeMethod } from '../../shared/ipc/channels';
import type { DirectoryListing, RecentFile, Recovery } from '../../shared/ipc/contract';
import type { BridgeArgs } from '../../shared/ipc/schemas';
import { BridgeError, type BridgeResult } from '../../shared/ipc/wire';
import { createAutosave } from './autosave';
import { markdownSvgPath } from './designExportPaths';
import { listDirectory } from './directories';
import { checkDocument, summariseProblems } from './documentCheck';
import { fileModifiedAt, saveDocumentFile } from './documentFiles';
import { openDesignFile } from './exporters/openDesignFile';
import type { WorkerLimits } from './exportWorker/limits';
import { readImageInWorker } from './exportWorker/readImage';
import { describeIoError } from './ioMessages';
import type { PathGuard } from './pathGuard';
import { createRecentFiles } from './recentFiles';
import { createSettingsStore } from './settings';
import { DESIGN_EXTENSIONS, EXPORT_FORMAT_EXTENSIONS } from './writeTargets';

export interface Dialogs {
  pickOpenPath(): Promise<string | null | undefined>;
  pickSavePath(suggestedName: string): Promise<string | null | undefined>;
}

export interface HandlerContext {
  kind: 'electron' | 'browser';
  dataDir: string;
  guard: PathGuard;
  documentsFolder: string;
  dialogs: Dialogs | undefined;
  log: (message: string) => void;
  workerLimits: WorkerLimits;
}

/** One function per bridge method, taking arguments the schemas have already checked. */
export type BridgeHandlers = { [M in BridgeMethod]: (args: BridgeArgs<M>) => Promise<BridgeResult<M>> };

export function createBridgeHandlers(context: HandlerContext): BridgeHandlers {
  const { guard, log } = context;
  const recents = createRecentFiles(context.dataDir);
  const settings = createSettingsStore(context.dataDir, {
    onWriteError: (error) => log(describeIoError(error, 'write the settings to', context.dataDir)),
  });
  const autosave = createAutosave(context.dataDir);

  const remember = async (filePath: string): Promise<void> => {
    await recents.add(filePath).catch((error: unknown) => log(describeIoError(error, 'update the recent list in', context.dataDir)));
  };

  /** Runs a file-system step whose result type has no failure branch; failures become BridgeError('io'). */
  const io = async <T>(action: string, filePath: string, step: () => Promise<T>): Promise<T> => {
    try {
      return await step();
    } catch (error) {
      throw new BridgeError('io', describeIoError(error, action, filePath));
    }
  };

  return {
    info: async () => ({ kind: context.kind, documentsFolder: context.documentsFolder, platform: process.platform }),
    pickOpenPath: async () => (await context.dialogs?.pickOpenPath()) ?? null,
    pickSavePath: async ([suggestedName]) => (await context.dialogs?.pickSavePath(suggestedName)) ?? null,
    listDirectory: async ([requested]) => {
      const folder = await guard.resolve(requested);
      const listing = await io('list the folder', requested, () => listDirectory(folder));
      return guard.restricted ? await keepInsideWorkspace(listing, guard) : listing;
    },
    // Design files, and SVG/PNG images exported by Pipeboard (the design inside them).
    openDocument: async ([requested]) => {
      const opened = await openDesignFile(await guard.resolve(requested), { readImage: (bytes, name) => readImageInWorker(bytes, name, context.workerLimits) });
      if (opened.ok) await remember(opened.path);
      return opened;
    },
    saveDocument: async ([request]) => {
      const saved = await saveDocumentFile({ ...request, path: await guard.resolveWrite(request.path, DESIGN_EXTENSIONS) });
      if (saved.ok) await remember(saved.path);
      return saved;
    },
    fileModifiedAt: async ([requested]) => {
      const filePath = await guard.resolve(requested);
      return io('check', requested, () => fileModifiedAt(filePath));
    },
    recentFiles: async () => visibleRecents(await recents.list(), guard),
    // Only edits the list, so the path needs no workspace check: it is matched, never opened.
    removeRecent: async ([filePath]) => visibleRecents(await recents.remove(filePath), guard),
    exportDesign: async ([request]) => {
      const checked = checkDocument(request.document);
      if (!checked.ok) return { ok: false, path: request.path, message: summariseProblems(checked.message, checked.problems) };
      const target = await guard.resolveWrite(request.path, EXPORT_FORMAT_EXTENSIONS[request.format]);
      // A Markdown note also writes its SVG beside it: both must be allowed before either is written.
      const svgPath = request.format === 'md' ? await guard.resolveWrite(markdownSvgPath(request.path), EXPORT_FORMAT_EXTENSIONS.svg) : undefined;
      // The exporters (resvg, the PDF writer, fonts) load on the first export, not at start-up.
      const { writeDesignExport } = await import('./designExport');
      return writeDesignExport({ ...request, document: checked.document, path: target, ...(svgPath ? { svgPath } : {}) }, context.workerLimits);
    },
    getSettings: () => settings.get(),
    setSettings: ([patch]) => settings.update(patch),
    autosave: async ([document, requested, session]) => {
      const checked = checkDocument(document);
      if (!checked.ok) {
        throw new BridgeError('invalid-argument', summariseProblems(checked.message, checked.problems));
      }
      const filePath = requested === undefined ? undefined : await guard.resolveFile(requested);
      await io('write the recovery copy to', context.dataDir, () => autosave.save(checked.document, filePath, session));
    },
    pendingRecovery: async ([query]) => {
      const recovery = await autosave.pending(query);
      return recovery ? await withVisiblePath(recovery, guard) : null;
    },
    discardRecovery: ([key]) => io('discard the recovery copy in', context.dataDir, () => autosave.discard(key)),
  };
}

/** In browser mode, entries leading outside the workspace (links, the parent of a root) are not shown. */
async function keepInsideWorkspace(listing: DirectoryListing, guard: PathGuard): Promise<DirectoryListing> {
  const allowed = await Promise.all(listing.entries.map((entry) => guard.allows(entry.path)));
  const entries = listing.entries.filter((_, index) => allowed[index]);
  const parentAllowed = listing.parent !== undefined && (await guard.allows(listing.parent));
  return parentAllowed ? { ...listing, entries } : { path: listing.path, entries };
}

/** Recent entries another mode (Electron) left outside the workspace are not shown in browser mode. */
async function visibleRecents(entries: RecentFile[], guard: PathGuard): Promise<RecentFile[]> {
  if (!guard.restricted) return entries;
  const allowed = await Promise.all(entries.map((entry) => guard.allows(entry.path)));
  return entries.filter((_, index) => allowed[index]);
}

async function withVisiblePath(recovery: Recovery, guard: PathGuard): Promise<Recovery> {
  if (recovery.path === undefined || (await guard.allows(recovery.path))) return recovery;
  const { path: _hidden, mtimeMs: _time, ...rest } = recovery;
  return rest;
}
