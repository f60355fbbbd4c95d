import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDocument } from '../../shared/format';
import { saveDocumentFile } from './documentFiles';
import { listFilesRecursively, makeTempDir, removeTempDir, sampleDocument } from './testSupport.testutil';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '..', '..');
const ROUNDS = 20;

interface Saver {
  child: ChildProcessWithoutNullStreams;
  next(): Promise<string>;
}

function startSaver(): Promise<Saver> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(here, 'saveRaceChild.testutil.ts')], { cwd: repoRoot });
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const saver: Saver = {
    child,
    next: async () => {
      const line = await lines.next();
      if (line.done) throw new Error('the saver stopped');
      return line.value;
    },
  };
  return saver.next().then(() => saver);
}

let dir: string;
let savers: Saver[];
beforeAll(async () => {
  dir = await makeTempDir();
  savers = await Promise.all([startSaver(), startSaver()]);
}, 30_000);
afterAll(async () => {
  for (const saver of savers ?? []) saver.child.kill();
  await removeTempDir(dir);
});

describe('two processes saving the same file at once', () => {
  it(`never both succeed from the same version, and the file holds the winner's design (${ROUNDS} rounds)`, async () => {
    const file = path.join(dir, 'shared.pipeboard.json');
    for (let round = 0; round < ROUNDS; round++) {
      const base = await saveDocumentFile({ path: file, document: sampleDocument(2, `base ${round}`) });
      if (!base.ok) throw new Error(base.message);
      const tags = [`a${round}`, `b${round}`];
      savers.forEach((saver, index) => saver.child.stdin.write(`${JSON.stringify({ path: file, expectedMtimeMs: base.mtimeMs, tag: tags[index] })}\n`));
      const results = (await Promise.all(savers.map((saver) => saver.next()))).map((line) => JSON.parse(line) as { tag: string; ok: boolean; reason?: string });

      const winners = results.filter((result) => result.ok);
      expect(winners.length, `round ${round}: ${JSON.stringify(results)}`).toBe(1);
      const loser = results.find((result) => !result.ok);
      expect(loser?.reason, `round ${round}`).toBe('conflict');
      const onDisk = parseDocument(await fs.readFile(file, 'utf8'));
      expect(onDisk.ok && onDisk.document.title).toBe(`Design ${winners[0]!.tag}`);
    }
    expect(await listFilesRecursively(dir)).toEqual(['shared.pipeboard.json', 'shared.pipeboard.json.bak']);
  }, 20_000);
});
