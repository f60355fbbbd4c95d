import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { siblingTempPath } from './atomicWrite';
import { createPlatformServices } from './platformServices';
import { createRecentFiles } from './recentFiles';
import { removeStaleTempFiles, STALE_TEMP_AGE_MS } from './staleTempFiles';
import { listFilesRecursively, makeTempDir, removeTempDir } from './testSupport.testutil';

let base: string;
beforeEach(async () => {
  base = await makeTempDir();
});
afterEach(async () => {
  await removeTempDir(base);
});

const OLD = new Date(Date.now() - 2 * STALE_TEMP_AGE_MS);

async function makeFile(file: string, old: boolean): Promise<string> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(file, 'x'.repeat(1000));
  if (old) await fs.utimes(file, OLD, OLD);
  return file;
}

describe('temp files left by interrupted saves', () => {
  it('are removed at start from the data folder, the workspace and recent files’ folders; look-alikes survive', async () => {
    const dataDir = path.join(base, 'data');
    const workspace = path.join(base, 'work');
    const elsewhere = path.join(base, 'elsewhere');
    await fs.mkdir(dataDir);
    await fs.mkdir(workspace);
    await makeFile(path.join(elsewhere, 'design.pipeboard.json'), false);
    await createRecentFiles(dataDir).add(path.join(elsewhere, 'design.pipeboard.json'));

    const stale = [
      await makeFile(siblingTempPath(path.join(dataDir, 'settings.json'), 'tmp'), true),
      await makeFile(siblingTempPath(path.join(workspace, 'a.pipeboard.json'), 'tmp'), true),
      await makeFile(siblingTempPath(path.join(workspace, 'a.pipeboard.json.bak'), 'tmp'), true),
      await makeFile(siblingTempPath(path.join(elsewhere, 'design.pipeboard.json'), 'tmp'), true),
    ];
    const survivors = [
      // A save running right now in another process.
      await makeFile(siblingTempPath(path.join(workspace, 'b.pipeboard.json'), 'tmp'), false),
      // Look-alikes that are not our naming.
      await makeFile(path.join(workspace, '.notes.abcdef.tmp'), true),
      await makeFile(path.join(workspace, '.notes.0123456789AB.tmp'), true),
      await makeFile(path.join(workspace, 'notes.0123456789ab.tmp'), true),
      await makeFile(path.join(workspace, '.notes.0123456789ab.tmp.keep'), true),
      // Ours by name, but in a sub-folder we never save to directly.
      await makeFile(siblingTempPath(path.join(workspace, 'sub', 'c.pipeboard.json'), 'tmp'), true),
    ];
    // A folder and a link with our naming are never removed.
    const folder = siblingTempPath(path.join(workspace, 'd'), 'tmp');
    await fs.mkdir(folder);
    const link = siblingTempPath(path.join(workspace, 'e'), 'tmp');
    await fs.symlink(survivors[1]!, link);

    await createPlatformServices({ kind: 'browser', dataDir, roots: [workspace] });

    for (const file of stale) await expect(fs.stat(file), file).rejects.toThrow();
    for (const file of [...survivors, folder]) expect((await fs.stat(file)).isFile() || file === folder, file).toBe(true);
    expect((await fs.lstat(link)).isSymbolicLink()).toBe(true);
    expect(await listFilesRecursively(elsewhere)).toEqual(['design.pipeboard.json']);
  });

  it('reports what it removed and never throws for a missing folder', async () => {
    const file = await makeFile(siblingTempPath(path.join(base, 'x.pipeboard.json'), 'tmp'), true);
    expect(await removeStaleTempFiles([base, path.join(base, 'missing')])).toEqual([file]);
  });
});
