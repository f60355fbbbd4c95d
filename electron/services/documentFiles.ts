import { constants as fsConstants, promises as fs, type Stats } from 'node:fs';
import path from 'node:path';
import { parseDocument, serializeDocument } from '../../shared/format';
import { parseDocumentBytes } from '../../shared/format/utf8Bytes';
import type { OpenResult, SaveResult } from '../../shared/ipc/contract';
import { DOCUMENT_MAX_BYTES } from '../../shared/ipc/limits';
import { fsyncDirectory, siblingTempPath, writeFileAtomic } from './atomicWrite';
import { checkDocument, summariseProblems } from './documentCheck';
import { LockBusy, withFileLock } from './fileLock';
import { describeIoError, errorCode } from './ioMessages';
import { KeyedQueue } from './keyedQueue';

/**
 * Opening and saving design files.
 *
 * Saving keeps the previous version as `<name>.bak` next to the file and leaves it there after a
 * successful save: it costs one hard link (no copy on most file systems) and gives the user a way back
 * from a save they regret, which read-back verification cannot catch.
 */

export interface SaveDocumentInput {
  path: string;
  /** Checked by the format's validator before anything is written. */
  document: unknown;
  expectedMtimeMs?: number;
  force?: boolean;
}

/** Saves to one path run one after another, in every PlatformServices instance of this process. */
const saveQueue = new KeyedQueue();

export function backupPathFor(filePath: string): string {
  return `${filePath}.bak`;
}

export async function openDocumentFile(filePath: string): Promise<OpenResult> {
  const fail = (message: string): OpenResult => ({ ok: false, path: filePath, message, problems: [] });
  let handle: fs.FileHandle | undefined;
  try {
    // stat before open: opening a FIFO for reading would block until a writer appears.
    const stats = await fs.stat(filePath);
    const refusal = refuseToRead(filePath, stats);
    if (refusal) return fail(refusal);
    handle = await fs.open(filePath, fsConstants.O_RDONLY | (fsConstants.O_NONBLOCK ?? 0));
    const opened = await handle.stat();
    const openedRefusal = refuseToRead(filePath, opened);
    if (openedRefusal) return fail(openedRefusal);
    const content = await handle.readFile();
    if (content.byteLength > DOCUMENT_MAX_BYTES) return fail(tooLargeMessage(filePath, content.byteLength));
    const parsed = parseDocumentBytes(content);
    if (!parsed.ok) return { ok: false, path: filePath, message: parsed.message, problems: parsed.problems };
    return { ok: true, path: filePath, document: parsed.document, mtimeMs: opened.mtimeMs };
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return fail(`The file ${filePath} does not exist.`);
    return fail(describeIoError(error, 'open', filePath));
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

function refuseToRead(filePath: string, stats: Stats): string | undefined {
  if (stats.isDirectory()) return `${filePath} is a folder, not a Pipeboard file.`;
  if (!stats.isFile()) return `${filePath} is not a regular file.`;
  if (stats.size > DOCUMENT_MAX_BYTES) return tooLargeMessage(filePath, stats.size);
  return undefined;
}

function tooLargeMessage(filePath: string, bytes: number): string {
  const megabytes = (bytes / (1024 * 1024)).toFixed(1);
  return `${filePath} is ${megabytes} MB; Pipeboard opens design files up to ${DOCUMENT_MAX_BYTES / (1024 * 1024)} MB.`;
}

/** The file's mtime, or null when nothing (or a folder) is there. */
export async function fileModifiedAt(filePath: string): Promise<number | null> {
  const stats = await statIfExists(filePath);
  return stats?.isFile() ? stats.mtimeMs : null;
}

export async function saveDocumentFile(request: SaveDocumentInput): Promise<SaveResult> {
  const checked = checkDocument(request.document);
  if (!checked.ok) {
    const message = summariseProblems(checked.message, checked.problems);
    return { ok: false, path: request.path, reason: 'invalid', message };
  }
  const text = serializeDocument(checked.document);
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > DOCUMENT_MAX_BYTES) {
    const message = `The design is ${(bytes / (1024 * 1024)).toFixed(1)} MB; Pipeboard saves files up to ${DOCUMENT_MAX_BYTES / (1024 * 1024)} MB.`;
    return { ok: false, path: request.path, reason: 'invalid', message };
  }
  return saveQueue.run(path.resolve(request.path), () => writeDocument(request, text, bytes));
}

async function writeDocument(request: SaveDocumentInput, text: string, bytes: number): Promise<SaveResult> {
  const shownPath = request.path;
  const io = (message: string): SaveResult => ({ ok: false, path: shownPath, reason: 'io', message });
  try {
    const target = await followSymlink(request.path);
    // The check and the replace happen under the file's lock, so two processes cannot both pass the check.
    return await withFileLock(target, () => checkAndWrite(request, target, text, bytes));
  } catch (error) {
    if (error instanceof BackupFailed) return io(error.message);
    if (error instanceof LockBusy) return io(`Could not save ${shownPath}: ${error.message}.`);
    return io(describeIoError(error, 'save', shownPath));
  }
}

async function checkAndWrite(request: SaveDocumentInput, target: string, text: string, bytes: number): Promise<SaveResult> {
  const shownPath = request.path;
  const io = (message: string): SaveResult => ({ ok: false, path: shownPath, reason: 'io', message });
  const current = await statIfExists(target);
  if (current?.isDirectory()) return io(`Could not save ${shownPath}: it is a folder, not a file.`);
  if (current && !current.isFile()) return io(`Could not save ${shownPath}: it is not a regular file.`);
  // A file deleted since it was opened is not a conflict: saving simply recreates it.
  if (current && request.expectedMtimeMs !== undefined && !request.force && current.mtimeMs !== request.expectedMtimeMs) {
    return {
      ok: false,
      path: shownPath,
      reason: 'conflict',
      message: `${shownPath} was changed by another program since Pipeboard opened or saved it.`,
    };
  }
  const backup = backupPathFor(target);
  const beforeReplace = current ? () => keepBackup(target, backup) : undefined;
  await writeFileAtomic(target, text, { beforeReplace });
  if (current) await advanceModifiedTime(target, current.mtimeMs);
  const verified = await verifyWrittenDocument(target, text);
  if (!verified.ok) {
    await undoUnverifiedSave(target, current ? backup : undefined);
    const restored = current ? ' The previous version was put back.' : '';
    return io(`Could not save ${shownPath}: the file read back from disk did not match (${verified.reason}).${restored}`);
  }
  return { ok: true, path: shownPath, mtimeMs: verified.mtimeMs, bytes };
}

/**
 * File systems stamp mtimes from a coarse clock (a few milliseconds on Linux), so a save right after
 * another can keep the previous mtime, and a conflict check by mtime would miss it. Each save therefore
 * leaves a strictly later mtime than the version it replaced.
 */
async function advanceModifiedTime(target: string, previousMtimeMs: number): Promise<void> {
  const written = await fs.stat(target);
  if (written.mtimeMs > previousMtimeMs) return;
  const later = (previousMtimeMs + 1) / 1000;
  await fs.utimes(target, written.atime, later);
}

class BackupFailed extends Error {}

/** Puts the current file's content at `backup`, replacing an older backup in one step. */
async function keepBackup(target: string, backup: string): Promise<void> {
  const temp = siblingTempPath(backup, 'tmp');
  try {
    try {
      await fs.link(target, temp);
    } catch {
      // No hard links here (FAT, some network shares): copy the bytes instead.
      await fs.copyFile(target, temp);
      await syncFile(temp);
    }
    await fs.rename(temp, backup);
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    const detail = describeIoError(error, 'keep a backup at', backup);
    throw new BackupFailed(`The file was not saved. ${detail}`);
  }
}

async function undoUnverifiedSave(target: string, backup: string | undefined): Promise<void> {
  if (backup) await fs.rename(backup, target);
  else await fs.rm(target, { force: true });
  await fsyncDirectory(path.dirname(target));
}

export type VerifiedWrite = { ok: true; mtimeMs: number } | { ok: false; reason: string };

/** Reads a just-written design back and checks it is exactly what was meant and that it loads. */
export async function verifyWrittenDocument(filePath: string, expectedText: string): Promise<VerifiedWrite> {
  const handle = await fs.open(filePath, 'r');
  try {
    const stats = await handle.stat();
    const written = await handle.readFile('utf8');
    if (written !== expectedText) return { ok: false, reason: 'the content differs from what was written' };
    const parsed = parseDocument(written);
    if (!parsed.ok) return { ok: false, reason: parsed.message };
    return { ok: true, mtimeMs: stats.mtimeMs };
  } finally {
    await handle.close();
  }
}

async function syncFile(filePath: string): Promise<void> {
  const handle = await fs.open(filePath, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Saving through a symlink updates the file it points to rather than replacing the link. */
async function followSymlink(filePath: string): Promise<string> {
  try {
    return await fs.realpath(filePath);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return filePath;
    throw error;
  }
}

async function statIfExists(filePath: string): Promise<Stats | undefined> {
  try {
    return await fs.stat(filePath);
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw error;
  }
}
