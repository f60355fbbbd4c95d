import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { siblingTempPath, writeFileAtomic } from './atomicWrite';
import { listFilesRecursively, makeTempDir, removeTempDir } from './testSupport.testutil';

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir();
});
afterEach(async () => {
  await removeTempDir(dir);
});

describe('writeFileAtomic', () => {
  it('creates or replaces the file and leaves no temp file', async () => {
    const file = path.join(dir, 'a.txt');
    await writeFileAtomic(file, 'one');
    await writeFileAtomic(file, Buffer.from('two'));
    expect(await fs.readFile(file, 'utf8')).toBe('two');
    expect(await listFilesRecursively(dir)).toEqual(['a.txt']);
  });

  it('keeps the permissions of the file it replaces', async () => {
    const file = path.join(dir, 'a.txt');
    await fs.writeFile(file, 'old', { mode: 0o600 });
    await fs.chmod(file, 0o600);
    await writeFileAtomic(file, 'new');
    expect((await fs.stat(file)).mode & 0o777).toBe(0o600);
  });

  it('leaves the target untouched and removes the temp file when a step before the rename fails', async () => {
    const file = path.join(dir, 'a.txt');
    await fs.writeFile(file, 'old');
    const failing = writeFileAtomic(file, 'new', {
      beforeReplace: async () => {
        throw new Error('no backup');
      },
    });
    await expect(failing).rejects.toThrow('no backup');
    expect(await fs.readFile(file, 'utf8')).toBe('old');
    expect(await listFilesRecursively(dir)).toEqual(['a.txt']);
  });

  it('refuses a folder as the target before making a temp file next to it', async () => {
    const folder = path.join(dir, 'folder');
    await fs.mkdir(folder);
    await expect(writeFileAtomic(folder, 'x')).rejects.toMatchObject({ code: 'EISDIR' });
    expect(await fs.readdir(dir)).toEqual(['folder']);
  });

  it('names temp files hidden, unique and short enough', () => {
    const target = path.join(dir, `${'x'.repeat(250)}.pipeboard.json`);
    const first = siblingTempPath(target, 'tmp');
    expect(path.dirname(first)).toBe(dir);
    expect(path.basename(first).startsWith('.')).toBe(true);
    expect(path.basename(first).length).toBeLessThan(255);
    expect(siblingTempPath(target, 'tmp')).not.toBe(first);
  });
});
