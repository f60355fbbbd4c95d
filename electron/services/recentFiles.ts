import { promises as fs } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { RecentFile } from '../../shared/ipc/contract';
import { pathSchema } from '../../shared/ipc/schemas';
import { readAppDataFile, writeAppDataFile } from './appDataFile';
import { KeyedQueue } from './keyedQueue';

export const RECENT_FILES_MAX = 12;

const storedSchema = z.object({
  entries: z.array(z.object({ path: pathSchema, openedAt: z.string() })),
});
type StoredEntry = z.infer<typeof storedSchema>['entries'][number];

export interface RecentFiles {
  /** Most recent first, each with whether the file is still there. */
  list(): Promise<RecentFile[]>;
  /** Moves `filePath` to the top of the list. */
  add(filePath: string, openedAt?: Date): Promise<void>;
  remove(filePath: string): Promise<RecentFile[]>;
}

/** The recent-files list, stored as `recent.json` in the app data folder. */
export function createRecentFiles(dataDir: string): RecentFiles {
  const file = path.join(dataDir, 'recent.json');
  const queue = new KeyedQueue();

  const load = async (): Promise<StoredEntry[]> =>
    firstOfEachPath((await readAppDataFile(file, storedSchema))?.entries ?? []).slice(0, RECENT_FILES_MAX);
  const store = (entries: StoredEntry[]) => writeAppDataFile(file, { entries });

  const list = async (): Promise<RecentFile[]> => Promise.all((await load()).map(describeEntry));

  return {
    list: () => queue.run(file, list),
    add: (filePath, openedAt = new Date()) =>
      queue.run(file, async () => {
        const others = (await load()).filter((entry) => entry.path !== filePath);
        const entries = [{ path: filePath, openedAt: openedAt.toISOString() }, ...others];
        await store(entries.slice(0, RECENT_FILES_MAX));
      }),
    remove: (filePath) =>
      queue.run(file, async () => {
        const entries = await load();
        const kept = entries.filter((entry) => entry.path !== filePath);
        if (kept.length !== entries.length) await store(kept);
        return list();
      }),
  };
}

function firstOfEachPath(entries: StoredEntry[]): StoredEntry[] {
  const seen = new Set<string>();
  return entries.filter((entry) => !seen.has(entry.path) && seen.add(entry.path));
}

async function describeEntry(entry: StoredEntry): Promise<RecentFile> {
  return {
    path: entry.path,
    name: path.basename(entry.path),
    openedAt: entry.openedAt,
    exists: await isFile(entry.path),
  };
}

async function isFile(filePath: string): Promise<boolean> {
  try {
    return (await fs.stat(filePath)).isFile();
  } catch {
    return false;
  }
}
