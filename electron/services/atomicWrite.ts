import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { errorCode } from './ioMessages';

// Own temp+rename, not write-file-atomic: saving needs a backup hook before the rename and a folder fsync.

export interface AtomicWriteOptions {
  /** Runs after the new content is on disk in the temp file and before it replaces the target. */
  beforeReplace?: () => Promise<void>;
}

/**
 * Replaces `target` with `data` so that readers see either the old file or the complete new one:
 * write a temp file in the same folder, fsync it, rename it over the target, fsync the folder.
 * On failure the temp file is removed and the target is untouched.
 */
export async function writeFileAtomic(
  target: string,
  data: string | Uint8Array,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const folder = path.dirname(target);
  const tempPath = siblingTempPath(target, 'tmp');
  const mode = await existingFileMode(target);
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(tempPath, 'wx', mode ?? 0o666);
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = undefined;
    if (mode !== undefined) await fs.chmod(tempPath, mode);
    await options.beforeReplace?.();
    await fs.rename(tempPath, target);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await fs.rm(tempPath, { force: true }).catch(() => undefined);
    throw error;
  }
  await fsyncDirectory(folder);
}

/** A hidden, unique name next to `target`, short enough for any file system's name limit. */
export function siblingTempPath(target: string, suffix: string): string {
  const base = path.basename(target).slice(0, 120);
  return path.join(path.dirname(target), `.${base}.${randomBytes(6).toString('hex')}.${suffix}`);
}

/** Makes a rename in `folder` durable. Some platforms (Windows) cannot open folders; that is fine. */
export async function fsyncDirectory(folder: string): Promise<void> {
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(folder, 'r');
    await handle.sync();
  } catch {
    // Best effort: the data itself was fsynced before the rename.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/** The permissions to keep; refuses a folder before any temp file is made next to it. */
async function existingFileMode(target: string): Promise<number | undefined> {
  try {
    const stats = await fs.stat(target);
    if (stats.isDirectory()) throw Object.assign(new Error(`${target} is a folder`), { code: 'EISDIR' });
    return stats.isFile() ? stats.mode & 0o777 : undefined;
  } catch (error) {
    if (errorCode(error) === 'ENOENT' || errorCode(error) === 'ENOTDIR') return undefined;
    throw error;
  }
}
