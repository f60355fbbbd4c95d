import { spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAutosave, RECOVERY_FOLDER, RECOVERY_LEASE_MS, recoverySlotId } from './autosave';
import { makeTempDir, removeTempDir, sampleDocument } from './testSupport.testutil';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '..', '..');

const TAB_A = 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';
const TAB_B = 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb';
const TAB_C = 'cccccccccccccccccccccccccccccccc';

let dataDir: string;
beforeEach(async () => {
  dataDir = await makeTempDir();
});
afterEach(async () => {
  await removeTempDir(dataDir);
});

async function copies(): Promise<string[]> {
  return (await fs.readdir(path.join(dataDir, RECOVERY_FOLDER)).catch(() => [])).sort();
}

describe('recovery copies per document session', () => {
  it("a second tab is not offered the first tab's live work, and its save or discard leaves that copy alone", async () => {
    const autosave = createAutosave(dataDir);
    await autosave.save(sampleDocument(2, 'tab A'), '/w/a.pipeboard.json', { id: TAB_A, mtimeMs: 1000 });
    await autosave.save(sampleDocument(2, 'tab B'), '/w/b.pipeboard.json', { id: TAB_B });

    expect(await autosave.pending({ session: TAB_B })).toBeNull();
    expect(await autosave.pending({ session: TAB_A })).toBeNull();

    // Tab B saved its file (or discarded): only B's copy goes.
    await autosave.discard(TAB_B);
    expect(await copies()).toEqual([`${recoverySlotId(TAB_A, '/w/a.pipeboard.json')}.json`]);
    await autosave.discard(recoverySlotId(TAB_B, '/w/a.pipeboard.json'));
    expect(await copies()).toHaveLength(1);
  });

  it('offers a copy once its session is gone: reloaded, heartbeat lapsed, or its process ended', async () => {
    let now = Date.now();
    const autosave = createAutosave(dataDir, () => now);
    await autosave.save(sampleDocument(2, 'tab A'), '/w/a.pipeboard.json', { id: TAB_A, mtimeMs: 1000 });

    // Tab A reloaded (a crash): the new page names the session it replaced.
    const reloaded = await autosave.pending({ session: TAB_C, reloadedFrom: TAB_A });
    expect(reloaded).toMatchObject({ path: '/w/a.pipeboard.json', mtimeMs: 1000, slot: recoverySlotId(TAB_A, '/w/a.pipeboard.json') });
    expect(reloaded?.document.title).toBe('Design tab A');

    // A tab that closed: offered to others once it misses its heartbeat.
    now += RECOVERY_LEASE_MS + 1;
    expect((await autosave.pending({ session: TAB_B }))?.document.title).toBe('Design tab A');

    // Discarding that slot removes only it.
    await autosave.discard(reloaded?.slot);
    expect(await autosave.pending({ session: TAB_B })).toBeNull();
  });

  it('keeps one copy per session: a new file (Save As) replaces the copy of the old one', async () => {
    const autosave = createAutosave(dataDir);
    await autosave.save(sampleDocument(1, 'untitled'), undefined, { id: TAB_A });
    await autosave.save(sampleDocument(1, 'named'), '/w/named.pipeboard.json', { id: TAB_A });
    expect(await copies()).toEqual([`${recoverySlotId(TAB_A, '/w/named.pipeboard.json')}.json`]);
  });

  it('a copy written by a process that was killed is offered at once, with the file time', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(here, 'autosaveChild.testutil.ts'), dataDir, '/work/x.pipeboard.json', TAB_A], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
    await new Promise<void>((resolve) => child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('saved') && resolve()));
    child.kill('SIGKILL');
    await exited;
    const recovery = await createAutosave(dataDir).pending({ session: TAB_B });
    expect(recovery).toMatchObject({ path: '/work/x.pipeboard.json', mtimeMs: 1234, slot: recoverySlotId(TAB_A, '/work/x.pipeboard.json') });
  });

  it('refuses a discard key that could name another file', async () => {
    await expect(createAutosave(dataDir).discard('../settings')).rejects.toThrow();
  });
});
