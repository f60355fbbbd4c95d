import { spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { saveDocumentFile } from './documentFiles';
import { lockPathFor, STALE_LOCK_MS, withFileLock } from './fileLock';
import { listFilesRecursively, makeTempDir, removeTempDir, sampleDocument } from './testSupport.testutil';

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir();
});
afterEach(async () => {
  await removeTempDir(dir);
});

describe('the save lock', () => {
  it('is broken when the process that left it is gone', async () => {
    const file = path.join(dir, 'a.pipeboard.json');
    const gone = spawnSync(process.execPath, ['-e', '0']).pid;
    await fs.writeFile(lockPathFor(file), JSON.stringify({ pid: gone, host: os.hostname(), nonce: 'x' }));
    expect((await saveDocumentFile({ path: file, document: sampleDocument(1) })).ok).toBe(true);
    expect(await listFilesRecursively(dir)).toEqual(['a.pipeboard.json']);
  });

  it('is broken when it is older than any save takes, even if unreadable', async () => {
    const file = path.join(dir, 'a.pipeboard.json');
    await fs.writeFile(lockPathFor(file), '');
    const old = new Date(Date.now() - 2 * STALE_LOCK_MS);
    await fs.utimes(lockPathFor(file), old, old);
    expect((await saveDocumentFile({ path: file, document: sampleDocument(1) })).ok).toBe(true);
  });

  it('makes a second holder in this process wait for the first', async () => {
    const file = path.join(dir, 'a.pipeboard.json');
    const order: string[] = [];
    await Promise.all([
      withFileLock(file, async () => {
        order.push('first in');
        await new Promise((resolve) => setTimeout(resolve, 100));
        order.push('first out');
      }),
      new Promise((resolve) => setTimeout(resolve, 10)).then(() => withFileLock(file, async () => void order.push('second'))),
    ]);
    expect(order).toEqual(['first in', 'first out', 'second']);
    expect(await listFilesRecursively(dir)).toEqual([]);
  });
});
