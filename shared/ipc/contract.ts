import type { PipelineDocument } from '../model/document';
import type { LoadProblem } from '../format/problems';

/**
 * The platform bridge: the only way the renderer reaches files, recent lists, exports and settings.
 * The Electron preload implements it over IPC; in browser mode the local host implements it over HTTP.
 * Both run the same Node services, so both modes read and write real files.
 */

export interface OpenedDocument {
  ok: true;
  path: string;
  document: PipelineDocument;
  /** Modification time of the file as read, to notice changes made by other programs. */
  mtimeMs: number;
}

export interface FailedOpen {
  ok: false;
  path: string;
  /** One sentence for the dialog title ("This file is not a valid Pipeboard design"). */
  message: string;
  /** Each problem with its JSON path and a sentence a user understands. */
  problems: LoadProblem[];
}

export type OpenResult = OpenedDocument | FailedOpen;

export interface SaveRequest {
  path: string;
  document: PipelineDocument;
  /** The mtime the renderer last saw; the save is refused with `conflict` if the file changed since. */
  expectedMtimeMs?: number;
  /** Overwrite even if the file changed on disk (after the user confirmed). */
  force?: boolean;
}

export type SaveResult =
  | { ok: true; path: string; mtimeMs: number; bytes: number }
  | { ok: false; path: string; reason: 'conflict' | 'io' | 'invalid'; message: string };

export interface RecentFile {
  path: string;
  name: string;
  openedAt: string;
  exists: boolean;
}

export interface DirectoryEntry {
  name: string;
  path: string;
  kind: 'file' | 'directory';
}

export interface DirectoryListing {
  path: string;
  parent?: string;
  entries: DirectoryEntry[];
}

export type PracticeMode = 'answer' | 'build';

/** What the learner last did with one practice scenario. */
export interface PracticeRecord {
  /** Tried at least once (answer submitted or design checked). */
  answered: boolean;
  /** The last attempt was right: the answer key chosen, or a built design that passed without warnings. */
  correct: boolean;
  /** ISO 8601 time of the last attempt. */
  lastAttemptAt: string;
  lastMode: PracticeMode;
  attempts: number;
  /** The option chosen in the last answer-mode attempt. */
  lastChoice?: 'A' | 'B' | 'C' | 'D';
  /** The grade of the last build-mode check. */
  lastVerdict?: 'pass' | 'pass-with-warnings' | 'fail';
}

/** Practice progress by scenario id. */
export type PracticeProgress = Record<string, PracticeRecord>;

export interface AppSettings {
  reopenLastDocument: boolean;
  theme: 'system' | 'light' | 'dark';
  exportChoices?: Record<string, string | number | boolean>;
  practice?: PracticeProgress;
}

export interface Recovery {
  document: PipelineDocument;
  /** The file the autosaved document belongs to, if it had been saved before. */
  path?: string;
  savedAt: string;
}

export interface ExportRequest {
  path: string;
  /** Text formats are written as UTF-8; binary ones come base64-encoded. */
  data: string;
  encoding: 'utf8' | 'base64';
}

export type WriteResult = { ok: true; path: string; bytes: number } | { ok: false; path: string; message: string };

export interface PlatformInfo {
  kind: 'electron' | 'browser';
  /** Where the in-app file picker starts (browser mode) and new files are suggested. */
  documentsFolder: string;
  platform: string;
}

export interface PlatformBridge {
  info(): Promise<PlatformInfo>;
  /** A native open dialog in Electron; null in browser mode, where the renderer shows its own picker. */
  pickOpenPath(): Promise<string | null | undefined>;
  pickSavePath(suggestedName: string): Promise<string | null | undefined>;
  listDirectory(path: string): Promise<DirectoryListing>;
  openDocument(path: string): Promise<OpenResult>;
  saveDocument(request: SaveRequest): Promise<SaveResult>;
  /** The file's current mtime, or null when it no longer exists. */
  fileModifiedAt(path: string): Promise<number | null>;
  recentFiles(): Promise<RecentFile[]>;
  removeRecent(path: string): Promise<RecentFile[]>;
  writeExport(request: ExportRequest): Promise<WriteResult>;
  getSettings(): Promise<AppSettings>;
  setSettings(patch: Partial<AppSettings>): Promise<AppSettings>;
  autosave(document: PipelineDocument, path?: string): Promise<void>;
  pendingRecovery(): Promise<Recovery | null>;
  discardRecovery(): Promise<void>;
}

/**
 * The ids the desktop app's native menu sends to the renderer (see `DesktopExtras.onMenuCommand`).
 * Each one names a renderer command with the same id, so menus and shortcuts share one list.
 */
export type DesktopMenuCommand =
  | 'file.new'
  | 'file.open'
  | 'file.save'
  | 'file.saveAs'
  | 'edit.undo'
  | 'edit.redo'
  | 'edit.duplicate'
  | 'edit.delete'
  | 'select.all'
  | 'select.none'
  | 'view.layout'
  | 'view.fit'
  | 'view.zoomIn'
  | 'view.zoomOut'
  | 'view.snap'
  | 'view.theme'
  | 'view.shortcuts';

/**
 * What the Electron preload adds to `window.pipeboard` beside the PlatformBridge. Absent in browser
 * mode, so the renderer checks for it (`'onMenuCommand' in window.pipeboard`).
 */
export interface DesktopExtras {
  /** Runs `callback` for every native menu command; returns the function that stops listening. */
  onMenuCommand(callback: (command: DesktopMenuCommand) => void): () => void;
  /**
   * Runs `callback` with the path of a design the OS asked the app to open (double-click, "Open
   * with", a second launch with a file argument). Paths that arrive before the first subscription
   * are delivered to it. Returns the function that stops listening.
   */
  onOpenFile(callback: (path: string) => void): () => void;
  /** Tells the app whether the open design has unsaved changes, so closing the window asks first. */
  setDirty(dirty: boolean): void;
  /** The window title (also taken from `document.title`). */
  setTitle(title: string): void;
}

/** `window.pipeboard` in the desktop app. */
export type DesktopBridge = PlatformBridge & DesktopExtras;
