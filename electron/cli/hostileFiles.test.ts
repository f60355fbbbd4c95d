import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pipeboardWithin } from './runCli.testutil';

/**
 * Issue #14, item 4: the CLI reads only regular files, and never more than its byte cap. Each run is
 * killed after a few seconds, so the old behaviour (waiting forever on a FIFO, reading /dev/zero until
 * memory runs out) fails the test instead of hanging or exhausting the machine.
 */

const BOUND_MS = 8_000;
let folder: string;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'pipeboard-cli-hostile-'));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('pipeboard with files that are not regular files', () => {
  it('refuses a FIFO at once with exit code 2, instead of waiting for a writer', async () => {
    const fifo = join(folder, 'design.pipeboard.json');
    execFileSync('mkfifo', [fifo]);
    const started = performance.now();
    const result = await pipeboardWithin(BOUND_MS, 'check', fifo);
    expect(result.killed).toBe(false);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('named pipe (FIFO), not a regular file');
    expect(performance.now() - started).toBeLessThan(BOUND_MS);
  });

  it('refuses /dev/zero (a character device) with exit code 2, reading nothing', async () => {
    const result = await pipeboardWithin(BOUND_MS, 'cost', '/dev/zero');
    expect(result.killed).toBe(false);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('character device, not a regular file');
  });

  it('refuses a folder and a file over the cap with exit code 2', async () => {
    const folderRun = await pipeboardWithin(BOUND_MS, 'check', folder);
    expect(folderRun.code).toBe(2);
    expect(folderRun.stderr).toContain('is a folder');
    const large = join(folder, 'large.pipeboard.json');
    // A sparse file: its size is over the cap, but it takes no space on disk.
    await writeFile(large, '');
    execFileSync('truncate', ['-s', `${129 * 1024 * 1024}`, large]);
    const largeRun = await pipeboardWithin(BOUND_MS, 'check', large);
    expect(largeRun.killed).toBe(false);
    expect(largeRun.code).toBe(2);
    expect(largeRun.stderr).toContain('too large');
  });
});
