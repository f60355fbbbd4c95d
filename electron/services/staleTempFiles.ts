import { promises as fs } from 'node:fs';
import path from 'node:path';

/**
 * Temp files left by saves that were interrupted (a killed process, a power cut) before the rename.
 * Only our own naming (`siblingTempPath`: `.<name>.<12 hex digits>.tmp`) is touched, only regular files
 * (never links or folders), only directly inside the given folders, and only when older than a save
 * could possibly take, so a save running in another process right now keeps its temp file.
 */

const OUR_TEMP_NAME = /^\..+\.[0-9a-f]{12}\.tmp$/;
export const STALE_TEMP_AGE_MS = 60 * 60 * 1000;

export interface StaleTempOptions {
  now?: number;
  olderThanMs?: number;
}

/** Removes stale temp files of ours in `folders`; returns the paths removed. Never throws. */
export async function removeStaleTempFiles(folders: readonly string[], options: StaleTempOptions = {}): Promise<string[]> {
  const now = options.now ?? Date.now();
  const olderThan = options.olderThanMs ?? STALE_TEMP_AGE_MS;
  const removed: string[] = [];
  for (const folder of new Set(folders.map((folder) => path.resolve(folder)))) {
    let names: string[];
    try {
      names = await fs.readdir(folder);
    } catch {
      continue;
    }
    for (const name of names) {
      if (!OUR_TEMP_NAME.test(name)) continue;
      const file = path.join(folder, name);
      try {
        const stats = await fs.lstat(file);
        if (!stats.isFile() || now - stats.mtimeMs < olderThan) continue;
        await fs.rm(file);
        removed.push(file);
      } catch {
        // Gone already, or not ours to remove: leave it.
      }
    }
  }
  return removed;
}
