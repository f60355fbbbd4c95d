import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseDocument, serializeDocument } from '../../shared/format';
import type { SaveResult } from '../../shared/ipc/contract';
import {
  backupPathFor,
  fileModifiedAt,
  openDocumentFile,
  saveDocumentFile,
  verifyWrittenDocument,
} from './documentFiles';
import { remountReadOnly, tryMountTmpfs, unmount } from './mounts.testutil';
import { listFilesRecursively, makeTempDir, removeTempDir, sampleDocument } from './testSupport.testutil';

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir();
});
afterEach(async () => {
  await removeTempDir(dir);
});

function expectSaved(result: SaveResult): asserts result is Extract<SaveResult, { ok: true }> {
  if (!result.ok) throw new Error(`expected a successful save, got ${result.reason}: ${result.message}`);
}

describe('openDocumentFile', () => {
  it('opens a saved design with its mtime', async () => {
    const file = path.join(dir, 'a.pipeboard.json');
    const document = sampleDocument(4);
    expectSaved(await saveDocumentFile({ path: file, document }));
    const opened = await openDocumentFile(file);
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    expect(opened.document).toEqual(document);
    expect(opened.mtimeMs).toBe((await fs.stat(file)).mtimeMs);
  });

  it("reports a malformed file with the loader's problems", async () => {
    const file = path.join(dir, 'bad.pipeboard.json');
    await fs.writeFile(file, JSON.stringify({ format: 'pipeboard', version: 1, nodes: 'no' }));
    const opened = await openDocumentFile(file);
    expect(opened.ok).toBe(false);
    if (opened.ok) return;
    expect(opened.message).toMatch(/not a valid Pipeboard design/);
    expect(opened.problems.length).toBeGreaterThan(0);
    expect(opened.problems.some((problem) => problem.path.startsWith('nodes'))).toBe(true);
  });

  it('refuses a file that is not UTF-8 instead of replacing the bad byte', async () => {
    const file = path.join(dir, 'latin1.pipeboard.json');
    const text = serializeDocument(sampleDocument(1, 'caf\u00e9'));
    const bytes = Buffer.from(text, 'latin1');
    await fs.writeFile(file, bytes);
    const opened = await openDocumentFile(file);
    expect(opened.ok).toBe(false);
    expect(!opened.ok && opened.message).toContain(`offset ${bytes.indexOf(0xe9)}`);
  });

  it('says plainly when the file is missing or is a folder', async () => {
    const missing = await openDocumentFile(path.join(dir, 'nope.pipeboard.json'));
    expect(missing).toMatchObject({ ok: false, problems: [] });
    expect(!missing.ok && missing.message).toMatch(/does not exist/);
    const folder = await openDocumentFile(dir);
    expect(!folder.ok && folder.message).toMatch(/is a folder/);
  });

  it('refuses a file over 20 MB without reading it', async () => {
    const file = path.join(dir, 'huge.pipeboard.json');
    await fs.writeFile(file, '');
    await fs.truncate(file, 21 * 1024 * 1024);
    const opened = await openDocumentFile(file);
    expect(!opened.ok && opened.message).toMatch(/up to 20 MB/);
  });
});

describe('saveDocumentFile', () => {
  it('writes the canonical text and returns its size and mtime', async () => {
    const file = path.join(dir, 'a.pipeboard.json');
    const document = sampleDocument(2);
    const saved = await saveDocumentFile({ path: file, document });
    expectSaved(saved);
    const text = await fs.readFile(file, 'utf8');
    expect(text).toBe(serializeDocument(document));
    expect(saved.bytes).toBe(Buffer.byteLength(text));
    expect(saved.mtimeMs).toBe(await fileModifiedAt(file));
  });

  it('keeps the previous version as <name>.bak', async () => {
    const file = path.join(dir, 'a.pipeboard.json');
    const first = sampleDocument(2, 'first');
    const second = sampleDocument(3, 'second');
    expectSaved(await saveDocumentFile({ path: file, document: first }));
    await expect(fs.stat(backupPathFor(file))).rejects.toThrow();
    expectSaved(await saveDocumentFile({ path: file, document: second }));
    expect(await fs.readFile(backupPathFor(file), 'utf8')).toBe(serializeDocument(first));
    expect(await fs.readFile(file, 'utf8')).toBe(serializeDocument(second));
    expect(await listFilesRecursively(dir)).toEqual(['a.pipeboard.json', 'a.pipeboard.json.bak']);
  });

  it('refuses an invalid document and writes nothing', async () => {
    const file = path.join(dir, 'a.pipeboard.json');
    const document = { ...sampleDocument(2), nodes: [{ id: 'x', service: 'not-a-service', label: 'x', position: { x: 0, y: 0 }, params: {} }] };
    const saved = await saveDocumentFile({ path: file, document });
    expect(saved).toMatchObject({ ok: false, reason: 'invalid' });
    expect(await listFilesRecursively(dir)).toEqual([]);
  });

  it('fails plainly when the target is a folder, and leaves the folder alone', async () => {
    const target = path.join(dir, 'folder.pipeboard.json');
    await fs.mkdir(target);
    await fs.writeFile(path.join(target, 'inside.txt'), 'keep');
    const saved = await saveDocumentFile({ path: target, document: sampleDocument() });
    expect(saved).toMatchObject({ ok: false, reason: 'io' });
    expect(!saved.ok && saved.message).toMatch(/is a folder/);
    expect(await listFilesRecursively(dir)).toEqual(['folder.pipeboard.json/inside.txt']);
  });

  it('fails plainly when the parent folder is missing', async () => {
    const saved = await saveDocumentFile({ path: path.join(dir, 'missing', 'a.pipeboard.json'), document: sampleDocument() });
    expect(saved).toMatchObject({ ok: false, reason: 'io' });
    expect(!saved.ok && saved.message).toMatch(/does not exist/);
    expect(await listFilesRecursively(dir)).toEqual([]);
  });

  it('fails plainly when the parent is a file', async () => {
    await fs.writeFile(path.join(dir, 'plain.txt'), 'not a folder');
    const saved = await saveDocumentFile({ path: path.join(dir, 'plain.txt', 'a.pipeboard.json'), document: sampleDocument() });
    expect(saved).toMatchObject({ ok: false, reason: 'io' });
    expect(!saved.ok && saved.message).toMatch(/is a file, not a folder/);
    expect(await fs.readFile(path.join(dir, 'plain.txt'), 'utf8')).toBe('not a folder');
  });

  it('leaves the old file intact when the backup cannot be made', async () => {
    const file = path.join(dir, 'a.pipeboard.json');
    const original = sampleDocument(2, 'original');
    expectSaved(await saveDocumentFile({ path: file, document: original }));
    // A non-empty folder where the backup goes makes the save fail after the temp file is written.
    await fs.mkdir(backupPathFor(file));
    await fs.writeFile(path.join(backupPathFor(file), 'x'), 'x');
    const saved = await saveDocumentFile({ path: file, document: sampleDocument(5, 'new') });
    expect(saved).toMatchObject({ ok: false, reason: 'io' });
    expect(!saved.ok && saved.message).toMatch(/not saved.*backup/);
    expect(await fs.readFile(file, 'utf8')).toBe(serializeDocument(original));
    expect(await listFilesRecursively(dir)).toEqual(['a.pipeboard.json', 'a.pipeboard.json.bak/x']);
  });

  it('saves through a symlink to the file it points to', async () => {
    const real = path.join(dir, 'real.pipeboard.json');
    const link = path.join(dir, 'link.pipeboard.json');
    expectSaved(await saveDocumentFile({ path: real, document: sampleDocument(1, 'one') }));
    await fs.symlink(real, link);
    expectSaved(await saveDocumentFile({ path: link, document: sampleDocument(2, 'two') }));
    expect((await fs.lstat(link)).isSymbolicLink()).toBe(true);
    expect(await fs.readFile(real, 'utf8')).toBe(serializeDocument(sampleDocument(2, 'two')));
  });

  it('saves and loads a 5 MB design', async () => {
    const file = path.join(dir, 'big.pipeboard.json');
    const document = sampleDocument(16_000, 'big');
    const saved = await saveDocumentFile({ path: file, document });
    expectSaved(saved);
    expect(saved.bytes).toBeGreaterThan(5 * 1024 * 1024);
    const opened = await openDocumentFile(file);
    expect(opened.ok && opened.document.nodes.length).toBe(16_000);
  });
});

describe('conflicts', () => {
  it('refuses to overwrite a file changed since it was read, unless forced', async () => {
    const file = path.join(dir, 'a.pipeboard.json');
    const first = await saveDocumentFile({ path: file, document: sampleDocument(1, 'mine') });
    expectSaved(first);
    // Another program rewrites the file; its mtime moves on.
    await fs.writeFile(file, serializeDocument(sampleDocument(2, 'theirs')));
    await fs.utimes(file, new Date(), new Date(first.mtimeMs + 5_000));

    const refused = await saveDocumentFile({ path: file, document: sampleDocument(3, 'mine'), expectedMtimeMs: first.mtimeMs });
    expect(refused).toMatchObject({ ok: false, reason: 'conflict' });
    expect(await fs.readFile(file, 'utf8')).toBe(serializeDocument(sampleDocument(2, 'theirs')));

    const forced = await saveDocumentFile({ path: file, document: sampleDocument(3, 'mine'), expectedMtimeMs: first.mtimeMs, force: true });
    expectSaved(forced);
    const again = await saveDocumentFile({ path: file, document: sampleDocument(4, 'mine'), expectedMtimeMs: forced.mtimeMs });
    expectSaved(again);
  });

  it('leaves a strictly later mtime than the version it replaced, so a save in the same clock tick is still seen', async () => {
    const file = path.join(dir, 'a.pipeboard.json');
    expectSaved(await saveDocumentFile({ path: file, document: sampleDocument(1, 'base') }));
    // The replaced version carries a stamp the coarse file-system clock may not have passed yet.
    const replacedMtime = new Date(Date.now() + 60_000);
    await fs.utimes(file, new Date(), replacedMtime);
    const base = (await fs.stat(file)).mtimeMs;

    const winner = await saveDocumentFile({ path: file, document: sampleDocument(2, 'winner'), expectedMtimeMs: base });
    expectSaved(winner);
    expect(winner.mtimeMs).toBeGreaterThan(base);
    expect((await fs.stat(file)).mtimeMs).toBe(winner.mtimeMs);

    const loser = await saveDocumentFile({ path: file, document: sampleDocument(3, 'loser'), expectedMtimeMs: base });
    expect(loser).toMatchObject({ ok: false, reason: 'conflict' });
    expect(parseDocument(await fs.readFile(file, 'utf8'))).toMatchObject({ ok: true, document: { title: 'Design winner' } });
  });

  it('treats a file deleted since it was read as no conflict', async () => {
    const file = path.join(dir, 'a.pipeboard.json');
    const first = await saveDocumentFile({ path: file, document: sampleDocument(1) });
    expectSaved(first);
    await fs.rm(file);
    expectSaved(await saveDocumentFile({ path: file, document: sampleDocument(2), expectedMtimeMs: first.mtimeMs }));
  });
});

describe('concurrent saves of one path', () => {
  it('run one after another: the file is always one complete document, the last one queued', async () => {
    const file = path.join(dir, 'a.pipeboard.json');
    const documents = Array.from({ length: 12 }, (_, index) => sampleDocument(200 + index * 50, `v${index}`));
    const texts = new Set(documents.map(serializeDocument));
    const observed: string[] = [];
    let watching = true;
    const watcher = (async () => {
      while (watching) {
        const text = await fs.readFile(file, 'utf8').catch(() => undefined);
        if (text !== undefined) observed.push(text);
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    const results = await Promise.all(documents.map((document) => saveDocumentFile({ path: file, document })));
    watching = false;
    await watcher;
    results.forEach(expectSaved);
    expect(await fs.readFile(file, 'utf8')).toBe(serializeDocument(documents.at(-1)!));
    expect(observed.length).toBeGreaterThan(0);
    for (const text of observed) expect(texts.has(text)).toBe(true);
    expect(await listFilesRecursively(dir)).toEqual(['a.pipeboard.json', 'a.pipeboard.json.bak']);
  });
});

describe('verifyWrittenDocument', () => {
  it('accepts the file as written and rejects a corrupted or different one', async () => {
    const file = path.join(dir, 'a.pipeboard.json');
    const text = serializeDocument(sampleDocument(3));
    await fs.writeFile(file, text);
    expect(await verifyWrittenDocument(file, text)).toMatchObject({ ok: true });
    await fs.writeFile(file, text.slice(0, text.length / 2));
    expect(await verifyWrittenDocument(file, text)).toMatchObject({ ok: false });
    const broken = '{"format":"pipeboard"}';
    await fs.writeFile(file, broken);
    const verdict = await verifyWrittenDocument(file, broken);
    expect(verdict.ok).toBe(false);
    expect(parseDocument(broken).ok).toBe(false);
  });
});

// Real tmpfs mounts: tests run as root (CI and the dev machines), where chmod cannot make a folder read-only.
describe('on a read-only or full disk (tmpfs mounts)', () => {
  let scratch: string;
  beforeAll(async () => {
    scratch = await makeTempDir('pipeboard-mounts-');
  });
  afterAll(async () => {
    await removeTempDir(scratch);
  });

  it('a read-only folder: the save fails plainly and the old file is intact', async () => {
    const mount = path.join(scratch, 'ro');
    await fs.mkdir(mount);
    expect(tryMountTmpfs(mount, 1024)).toBe(true);
    try {
      const file = path.join(mount, 'a.pipeboard.json');
      expectSaved(await saveDocumentFile({ path: file, document: sampleDocument(2, 'old') }));
      remountReadOnly(mount);
      const saved = await saveDocumentFile({ path: file, document: sampleDocument(3, 'new') });
      expect(saved).toMatchObject({ ok: false, reason: 'io' });
      expect(!saved.ok && saved.message).toMatch(/read-only/);
      expect(await fs.readFile(file, 'utf8')).toBe(serializeDocument(sampleDocument(2, 'old')));
    } finally {
      unmount(mount);
    }
  });

  it('a full disk: the save fails plainly, the old file is intact and no temp file is left', async () => {
    const mount = path.join(scratch, 'full');
    await fs.mkdir(mount);
    expect(tryMountTmpfs(mount, 256)).toBe(true);
    try {
      const file = path.join(mount, 'a.pipeboard.json');
      expectSaved(await saveDocumentFile({ path: file, document: sampleDocument(2, 'old') }));
      const saved = await saveDocumentFile({ path: file, document: sampleDocument(3000, 'too big') });
      expect(saved).toMatchObject({ ok: false, reason: 'io' });
      expect(!saved.ok && saved.message).toMatch(/disk is full/);
      expect(await fs.readFile(file, 'utf8')).toBe(serializeDocument(sampleDocument(2, 'old')));
      expect(await listFilesRecursively(mount)).toEqual(['a.pipeboard.json']);
    } finally {
      unmount(mount);
    }
  });
});
