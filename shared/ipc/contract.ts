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

export interface AppSettings {
  reopenLastDocument: boolean;
  theme: 'system' | 'light' | 'dark';
  exportChoices?: Record<string, string | number | boolean>;
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
