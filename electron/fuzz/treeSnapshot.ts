import { promises as fs } from 'node:fs';
import path from 'node:path';

/** Every entry below `root` (files, folders, links) with its size and mtime, except the excluded subtrees. */
export async function snapshotTree(root: string, exclude: readonly string[]): Promise<Map<string, string>> {
  const entries = new Map<string, string>();
  const pending = [root];
  while (pending.length > 0) {
    const folder = pending.pop();
    if (folder === undefined) break;
    for (const entry of await fs.readdir(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (exclude.includes(full)) continue;
      const stats = await fs.lstat(full);
      entries.set(path.relative(root, full), `${entry.isDirectory() ? 'dir' : entry.isSymbolicLink() ? 'link' : 'file'} ${stats.size} ${stats.mtimeMs}`);
      if (entry.isDirectory()) pending.push(full);
    }
  }
  return entries;
}

/** The entries added, removed or changed between two snapshots. */
export function treeChanges(before: Map<string, string>, after: Map<string, string>): string[] {
  const changes: string[] = [];
  for (const [name, description] of after) {
    const old = before.get(name);
    if (old === undefined) changes.push(`added ${name}`);
    else if (old !== description) changes.push(`changed ${name}`);
  }
  for (const name of before.keys()) if (!after.has(name)) changes.push(`removed ${name}`);
  return changes;
}
