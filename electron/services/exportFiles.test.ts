import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeExportFile } from './exportFiles';
import { listFilesRecursively, makeTempDir, removeTempDir } from './testSupport.testutil';

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir();
});
afterEach(async () => {
  await removeTempDir(dir);
});

describe('writeExportFile', () => {
  it('writes UTF-8 text', async () => {
    const file = path.join(dir, 'a.svg');
    const data = '<svg>é ✓</svg>';
    expect(await writeExportFile({ path: file, data, encoding: 'utf8' })).toEqual({ ok: true, path: file, bytes: Buffer.byteLength(data) });
    expect(await fs.readFile(file, 'utf8')).toBe(data);
  });

  it('writes base64 bytes exactly, replacing an older export', async () => {
    const file = path.join(dir, 'a.png');
    await fs.writeFile(file, 'old');
    const bytes = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 255, 10, 13]);
    const result = await writeExportFile({ path: file, data: bytes.toString('base64'), encoding: 'base64' });
    expect(result).toEqual({ ok: true, path: file, bytes: bytes.length });
    expect(await fs.readFile(file)).toEqual(bytes);
    expect(await listFilesRecursively(dir)).toEqual(['a.png']);
  });

  it('reports a missing folder plainly and writes nothing', async () => {
    const file = path.join(dir, 'missing', 'a.svg');
    const result = await writeExportFile({ path: file, data: '<svg/>', encoding: 'utf8' });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/does not exist/);
    expect(await listFilesRecursively(dir)).toEqual([]);
  });
});
