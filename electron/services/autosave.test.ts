import { spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAutosave, RECOVERY_FILE_NAME } from './autosave';
import { makeTempDir, removeTempDir, sampleDocument } from './testSupport.testutil';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '..', '..');

let dataDir: string;
beforeEach(async () => {
  dataDir = await makeTempDir();
});
afterEach(async () => {
  await removeTempDir(dataDir);
});

describe('autosave', () => {
  it('has nothing pending at first', async () => {
    expect(await createAutosave(dataDir).pending()).toBeNull();
  });

  it('is found by a new instance on the same data folder, then discarded', async () => {
    const document = sampleDocument(5, 'unsaved');
    await createAutosave(dataDir).save(document, '/somewhere/a.pipeboard.json');

    const afterRestart = createAutosave(dataDir);
    const recovery = await afterRestart.pending();
    expect(recovery).not.toBeNull();
    expect(recovery?.document).toEqual(document);
    expect(recovery?.path).toBe('/somewhere/a.pipeboard.json');
    expect(Number.isNaN(Date.parse(recovery?.savedAt ?? ''))).toBe(false);

    await afterRestart.discard();
    expect(await afterRestart.pending()).toBeNull();
    await expect(fs.stat(path.join(dataDir, RECOVERY_FILE_NAME))).rejects.toThrow();
  });

  it('keeps only the latest copy, and no path when the design was never saved', async () => {
    const autosave = createAutosave(dataDir);
    await Promise.all([1, 2, 3].map((round) => autosave.save(sampleDocument(round, `r${round}`))));
    const recovery = await autosave.pending();
    expect(recovery?.document.title).toBe('Design r3');
    expect(recovery && 'path' in recovery).toBe(false);
  });

  it('ignores a corrupt or invalid recovery file', async () => {
    const file = path.join(dataDir, RECOVERY_FILE_NAME);
    await fs.writeFile(file, '{"kind":"pipeboard-recovery","savedAt":"2026');
    expect(await createAutosave(dataDir).pending()).toBeNull();
    await fs.writeFile(
      file,
      JSON.stringify({ kind: 'pipeboard-recovery', savedAt: new Date().toISOString(), document: { format: 'pipeboard' } }),
    );
    expect(await createAutosave(dataDir).pending()).toBeNull();
  });

  it('survives a real process killed with SIGKILL while autosaving', async () => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(here, 'autosaveChild.testutil.ts'), dataDir, '/work/x.pipeboard.json'],
      { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    // Let it complete several autosaves, then kill it in the middle of the stream of writes.
    await new Promise<void>((resolve, reject) => {
      let saves = 0;
      child.stdout.on('data', (chunk: Buffer) => {
        saves += chunk.toString().split('\n').filter((line) => line.startsWith('saved')).length;
        if (saves >= 5) resolve();
      });
      child.on('exit', () => reject(new Error(`child exited early: ${stderr}`)));
    });
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');

    const recovery = await createAutosave(dataDir).pending();
    expect(recovery).not.toBeNull();
    expect(recovery?.path).toBe('/work/x.pipeboard.json');
    expect(recovery?.document.title).toMatch(/^Design round \d+$/);
    expect(recovery?.document.nodes.length).toBeGreaterThanOrEqual(500);
  });
});
