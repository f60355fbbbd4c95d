import type { DesktopMenuCommand } from '../commands/commandIds';
import type { PipelineDocument } from '../model/document';
import type { LoadProblem } from '../format/problems';
import type { z } from 'zod';
import type {
  appSettingsSchema,
  EXPORT_FORMAT_VALUES,
  exportDesignRequestSchema,
  practiceRecordSchema,
  saveRequestSchema,
} from './schemas';

/**
 * The platform bridge: the only way the renderer reaches files, recent lists, exports and settings.
 * The Electron preload implements it over IPC; in browser mode the local host implements it over HTTP.
 * Both run the same Node services, so both modes read and write real files.
 */

/**
 * Request types are inferred from the zod schemas that check them where they arrive (schemas.ts),
 * except that a request's document is typed as the full PipelineDocument: the bridge schema checks
 * only its outline and the format's own validator checks the rest on the service side.
 */
type WithDocument<Request> = Omit<Request, 'document'> & { document: PipelineDocument };

interface OpenedDocument {
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

interface FailedOpen {
  ok: false;
  path: string;
  /** One sentence for the dialog title ("This file is not a valid Pipeboard design"). */
  message: string;
  /** Each problem with its JSON path and a sentence a user understands. */
  problems: LoadProblem[];
}

export type OpenResult = OpenedDocument | FailedOpen;

/**
 * Save `document` to `path`. `expectedMtimeMs` is the mtime the renderer last saw (the save is refused
 * with `conflict` if the file changed since); `force` overwrites anyway (after the user confirmed).
 */
type SaveRequest = WithDocument<z.input<typeof saveRequestSchema>>;

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

/**
 * What the learner last did with one practice scenario: tried at least once (`answered`); the last
 * attempt was right (`correct`: the answer key chosen, or a built design that passed without
 * warnings); when (ISO 8601), in which mode, how many attempts; the option chosen in the last
 * answer-mode attempt and the grade of the last build-mode check.
 */
export type PracticeRecord = z.output<typeof practiceRecordSchema>;

export type PracticeMode = PracticeRecord['lastMode'];

/** Practice progress by scenario id. */
export type PracticeProgress = Record<string, PracticeRecord>;

/** The app's settings as stored and as `getSettings` returns them. */
export type AppSettings = z.output<typeof appSettingsSchema>;

export interface Recovery {
  document: PipelineDocument;
  /** The file the autosaved document belongs to, if it had been saved before. */
  path?: string;
  savedAt: string;
  /** The file's mtime as that session last read or saved it, so saving the recovered work can notice later changes. */
  mtimeMs?: number;
  /** Which recovery copy this is: pass it to `discardRecovery` to drop exactly this one. */
  slot?: string;
}

/**
 * One document session: a window or browser tab, from page load to close. Each keeps its own recovery
 * copy, which only its own save or discard removes.
 */
export interface AutosaveSession {
  /** Random, made when the page loads. */
  id: string;
  /** The mtime of the open file as this session last read or saved it. */
  mtimeMs?: number;
}

/** Who asks for work to recover: never its own live copy, nor another live session's. */
export interface RecoveryQuery {
  session: string;
  /** The session this page replaced by reloading (after a crash): its copy is no longer live. */
  reloadedFrom?: string;
}

/** What File → Export… (and `pipeboard export`) can write. */
export type ExportFormat = (typeof EXPORT_FORMAT_VALUES)[number];

/** The sections of the study sheet an export shows: cost sheet, issues (each with its why), needs and notes. */
export type ExportInclude = ExportDesignRequest['include'];

/**
 * One export of a design, made in the Node services by the same exporters as the CLI and written
 * atomically. A Markdown note also writes the study sheet as an SVG beside it (`<name>.svg`), which
 * the note shows, as `pipeboard export --format md` does. `theme` colours the sheet (SVG, PNG, PDF, and
 * the SVG beside a note); `scale` is PNG device pixels per sheet pixel (2 unless given); `paper` the PDF
 * page size, landscape (A4 unless given); `include` is ignored by CSV and JSON, which are always complete.
 */
export type ExportDesignRequest = WithDocument<z.input<typeof exportDesignRequestSchema>>;

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
  autosave(document: PipelineDocument, path?: string, session?: AutosaveSession): Promise<void>;
  /** The newest recovery copy of a session that is gone (not the asker's, not another live window's). */
  pendingRecovery(query?: RecoveryQuery): Promise<Recovery | null>;
  /** Drops one recovery copy (`Recovery.slot`), or every copy of one session (its id). */
  discardRecovery(slotOrSession?: string): Promise<void>;
}

/** The ids the desktop app's native menu sends; each is a renderer command id (shared/commands). */
export type { DesktopMenuCommand };

/**
 * What the Electron preload adds to `window.pipeboard` beside the PlatformBridge. Absent in browser
 * mode, so the renderer checks for it (`'onMenuCommand' in window.pipeboard`).
 */
interface DesktopExtras {
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
