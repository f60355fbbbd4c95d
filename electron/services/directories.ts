import type { Dirent } from 'node:fs';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { DirectoryEntry, DirectoryListing } from '../../shared/ipc/contract';

/** The files the in-app picker shows: designs and the images Pipeboard exports. */
const LISTED_FILE = /\.(pipeboard\.json|svg|png)$/i;

const byName = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/**
 * One folder for the browser-mode file picker: its sub-folders, then the files Pipeboard can open or
 * has exported, each group sorted by name. Hidden entries (dot-names) are left out.
 */
export async function listDirectory(folder: string): Promise<DirectoryListing> {
  const dirents = await fs.readdir(folder, { withFileTypes: true });
  const entries = (await Promise.all(dirents.map((dirent) => describe(folder, dirent)))).filter(
    (entry): entry is DirectoryEntry => entry !== undefined,
  );
  entries.sort((a, b) => (a.kind === b.kind ? byName.compare(a.name, b.name) : a.kind === 'directory' ? -1 : 1));
  const parent = path.dirname(folder);
  return parent === folder ? { path: folder, entries } : { path: folder, parent, entries };
}

async function describe(folder: string, dirent: Dirent): Promise<DirectoryEntry | undefined> {
  if (dirent.name.startsWith('.')) return undefined;
  const entryPath = path.join(folder, dirent.name);
  const kind = await kindOf(entryPath, dirent);
  if (kind === 'directory') return { name: dirent.name, path: entryPath, kind };
  if (kind === 'file' && LISTED_FILE.test(dirent.name)) return { name: dirent.name, path: entryPath, kind };
  return undefined;
}

async function kindOf(entryPath: string, dirent: Dirent): Promise<DirectoryEntry['kind'] | undefined> {
  if (dirent.isDirectory()) return 'directory';
  if (dirent.isFile()) return 'file';
  if (!dirent.isSymbolicLink()) return undefined;
  try {
    const target = await fs.stat(entryPath);
    if (target.isDirectory()) return 'directory';
    return target.isFile() ? 'file' : undefined;
  } catch {
    return undefined;
  }
}
