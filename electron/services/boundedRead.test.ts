import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readBoundedFile } from './boundedRead';

const dir = mkdtempSync(path.join(os.tmpdir(), 'pipeboard-bounded-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readBoundedFile', () => {
  it('reads a regular file whole, byte for byte', async () => {
    const file = path.join(dir, 'design.bin');
    const content = Uint8Array.from({ length: 300_000 }, (_, k) => (k * 31) % 251);
    writeFileSync(file, content);
    const read = await readBoundedFile(file, 1_000_000);
    expect(read.ok && Buffer.from(read.bytes).equals(Buffer.from(content))).toBe(true);
  });

  it('refuses a file one byte over the cap', async () => {
    const file = path.join(dir, 'large.bin');
    writeFileSync(file, new Uint8Array(1001));
    expect(await readBoundedFile(file, 1000)).toEqual({ ok: false, refusal: { kind: 'too-large', limit: 1000 } });
    writeFileSync(file, new Uint8Array(1000));
    const read = await readBoundedFile(file, 1000);
    expect(read.ok && read.bytes.length).toBe(1000);
  });

  it('reads a file whose size fstat gives as 0 (/proc on Linux, where the tests run) to its end', async () => {
    const read = await readBoundedFile('/proc/self/maps', 64 * 1024 * 1024);
    const text = read.ok ? new TextDecoder().decode(read.bytes) : '';
    // The map changes between the two reads; its first line (the executable's mapping) does not.
    expect(text.length).toBeGreaterThan(0);
    expect(text.split('\n')[0]).toBe(readFileSync('/proc/self/maps', 'utf8').split('\n')[0]);
  });
});
