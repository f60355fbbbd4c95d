import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir, removeTempDir } from './testSupport.testutil';
import { createWorkspace, isInside, OutsideWorkspaceError, type Workspace } from './workspace';

let base: string;
let root: string;
let outside: string;
let workspace: Workspace;
beforeEach(async () => {
  base = await makeTempDir();
  root = path.join(base, 'root');
  outside = path.join(base, 'outside');
  await fs.mkdir(path.join(root, 'sub'), { recursive: true });
  await fs.mkdir(outside);
  await fs.writeFile(path.join(outside, 'secret.txt'), 'secret');
  workspace = await createWorkspace([root]);
});
afterEach(async () => {
  await removeTempDir(base);
});

const refused = (requested: string) => expect(workspace.resolve(requested)).rejects.toBeInstanceOf(OutsideWorkspaceError);

describe('workspace', () => {
  it('allows the root, what is in it, and new files in existing or missing folders', async () => {
    expect(await workspace.resolve(root)).toBe(root);
    expect(await workspace.resolve(path.join(root, 'sub', 'a.pipeboard.json'))).toBe(path.join(root, 'sub', 'a.pipeboard.json'));
    expect(await workspace.resolve(path.join(root, 'new', 'deeper', 'b.svg'))).toBe(path.join(root, 'new', 'deeper', 'b.svg'));
    expect(await workspace.resolve(`${root}/sub/../sub/./c.png`)).toBe(path.join(root, 'sub', 'c.png'));
  });

  it('refuses ../ traversal, absolute paths elsewhere, relative paths and look-alike prefixes', async () => {
    await refused(path.join(root, '..', 'outside', 'secret.txt'));
    await refused(`${root}/sub/../../outside/secret.txt`);
    await refused(outside);
    await refused('/etc/passwd');
    await refused('relative/a.pipeboard.json');
    await refused(`${root}-evil/a.pipeboard.json`);
    await refused(path.dirname(root));
  });

  it('refuses symlinks that lead outside, to files or folders, existing or dangling', async () => {
    await fs.symlink(outside, path.join(root, 'escape'));
    await fs.symlink(path.join(outside, 'secret.txt'), path.join(root, 'secret-link.txt'));
    await fs.symlink(path.join(outside, 'not-yet'), path.join(root, 'dangling'));
    await refused(path.join(root, 'escape'));
    await refused(path.join(root, 'escape', 'secret.txt'));
    await refused(path.join(root, 'escape', 'new.pipeboard.json'));
    await refused(path.join(root, 'secret-link.txt'));
    await refused(path.join(root, 'dangling'));
    await refused(path.join(root, 'dangling', 'x.pipeboard.json'));
  });

  it('allows symlinks that stay inside and returns the real path', async () => {
    await fs.symlink(path.join(root, 'sub'), path.join(root, 'alias'));
    expect(await workspace.resolve(path.join(root, 'alias', 'a.pipeboard.json'))).toBe(path.join(root, 'sub', 'a.pipeboard.json'));
  });

  it('resolves a root given through a symlink', async () => {
    await fs.symlink(root, path.join(base, 'root-link'));
    const linked = await createWorkspace([path.join(base, 'root-link')]);
    expect(linked.roots).toEqual([root]);
    expect(await linked.resolve(path.join(base, 'root-link', 'a.pipeboard.json'))).toBe(path.join(root, 'a.pipeboard.json'));
  });

  it('isInside compares whole path segments', () => {
    expect(isInside('/a/b', '/a/b')).toBe(true);
    expect(isInside('/a/b', '/a/b/c')).toBe(true);
    expect(isInside('/a/b', '/a/bc')).toBe(false);
    expect(isInside('/a/b', '/a')).toBe(false);
    expect(isInside('/a/b', '/a/b/..c')).toBe(true);
    expect(isInside('/', '/anything')).toBe(true);
  });
});
