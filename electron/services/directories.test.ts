import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listDirectory } from './directories';
import { makeTempDir, removeTempDir } from './testSupport.testutil';

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir();
});
afterEach(async () => {
  await removeTempDir(dir);
});

describe('listDirectory', () => {
  it('lists folders first, then designs and images, sorted by name, with the parent', async () => {
    for (const name of ['b.pipeboard.json', 'a.svg', 'C.PNG', 'notes.txt', 'x.json', '.hidden.pipeboard.json', 'a.pipeboard.json.bak']) {
      await fs.writeFile(path.join(dir, name), '');
    }
    for (const name of ['zeta', 'Alpha', 'folder10', 'folder9', '.git']) await fs.mkdir(path.join(dir, name));
    await fs.symlink(path.join(dir, 'zeta'), path.join(dir, 'link-to-zeta'));
    await fs.symlink(path.join(dir, 'gone'), path.join(dir, 'broken.svg'));

    const listing = await listDirectory(dir);
    expect(listing.path).toBe(dir);
    expect(listing.parent).toBe(path.dirname(dir));
    expect(listing.entries.map((entry) => `${entry.kind}:${entry.name}`)).toEqual([
      'directory:Alpha',
      'directory:folder9',
      'directory:folder10',
      'directory:link-to-zeta',
      'directory:zeta',
      'file:a.svg',
      'file:b.pipeboard.json',
      'file:C.PNG',
    ]);
    expect(listing.entries[0]?.path).toBe(path.join(dir, 'Alpha'));
  });

  it('has no parent at the file-system root', async () => {
    expect((await listDirectory(path.parse(dir).root)).parent).toBeUndefined();
  });

  it('rejects a missing folder or a file', async () => {
    await expect(listDirectory(path.join(dir, 'missing'))).rejects.toMatchObject({ code: 'ENOENT' });
    await fs.writeFile(path.join(dir, 'f.svg'), '');
    await expect(listDirectory(path.join(dir, 'f.svg'))).rejects.toMatchObject({ code: 'ENOTDIR' });
  });
});
