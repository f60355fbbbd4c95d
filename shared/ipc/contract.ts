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
  /**
   * What the file was: a design file, or an SVG/PNG image exported by Pipeboard with the design
   * inside (opened as an unsaved design, so Save never writes JSON over the image).
   */
  kind?: 'json' | 'svg' | 'png';
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

/** What File → Export… (and `pipeboard export`) can write. */
export type ExportFormat = 'svg' | 'png' | 'pdf' | 'md' | 'csv' | 'json';

/** The sections of the study sheet an export shows. */
export interface ExportInclude {
  /** The cost sheet (line items, total, budget). */
  cost: boolean;
  /** The issues, each with its why. */
  issues: boolean;
  /** The design's needs and notes. */
  notes: boolean;
}

/**
 * One export of a design, made in the Node services by the same exporters as the CLI and written
 * atomically. A Markdown note also writes the study sheet as an SVG beside it (`<name>.svg`), which
 * the note shows, as `pipeboard export --format md` does.
 */
export interface ExportDesignRequest {
  path: string;
  format: ExportFormat;
  document: PipelineDocument;
  /** The sheet's colours (SVG, PNG, PDF, and the SVG beside a Markdown note). */
  theme: 'light' | 'dark';
  /** PNG: device pixels per sheet pixel; 2 unless given. */
  scale?: 1 | 2 | 3;
  /** PDF page size, landscape; A4 unless given. */
  paper?: 'a4' | 'letter';
  /** Ignored by CSV and JSON, which are always complete. */
  include: ExportInclude;
}

export type ExportDesignResult =
  | {
      ok: true;
      path: string;
      bytes: number;
      /** Files written with it: the SVG beside a Markdown note. */
      alsoWritten: string[];
      /** Things the user should know (a very large PNG drawn at a lower scale). */
      notes: string[];
    }
  | { ok: false; path: string; message: string };

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
  /** Exports the design (SVG, PNG, PDF, Markdown, CSV or JSON) to `request.path`, atomically. */
  exportDesign(request: ExportDesignRequest): Promise<ExportDesignResult>;
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
  | 'file.export'
  | 'file.compare'
  | 'file.compareSaved'
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
  | 'view.shortcuts'
  | 'view.editor'
  | 'view.practice'
  | 'view.compare';

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
  /**
   * Puts a PNG image (base64) on the system clipboard. The page's own `navigator.clipboard` is denied
   * by the app's permission policy, so the main process writes it; rejects with a sentence on failure.
   */
  copyImage(pngBase64: string): Promise<void>;
}

/** `window.pipeboard` in the desktop app. */
export type DesktopBridge = PlatformBridge & DesktopExtras;
