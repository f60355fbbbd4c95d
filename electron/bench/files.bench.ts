import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseDocument, serializeDocument, validateDocument } from '../../shared/format';
import { syntheticPipeline } from '../../shared/model/syntheticPipeline';
import { writeFileAtomic } from '../services/atomicWrite';
import { openDocumentFile, saveDocumentFile } from '../services/documentFiles';
import { printTable } from './stats';

/**
 * Saving and opening design files through the real services on the real disk:
 * save = validate + serialise + temp write + fsync + backup + rename + directory fsync + read-back check;
 * load = read + parse + validate. Targets for 10,000 nodes: 150 ms each.
 */

const SIZES = [100, 1_000, 10_000];
const TARGET_MS = 150;

async function medianMs(runs: number, task: () => Promise<unknown>): Promise<number> {
  for (let warmup = 0; warmup < 2; warmup += 1) await task();
  const samples: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    await task();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)] ?? Number.NaN;
}

/** Where a 10,000-node save spends its time: the format's work versus the disk's. */
async function savePhases(dir: string): Promise<string[][]> {
  const document = syntheticPipeline(10_000);
  const file = path.join(dir, 'phases.pipeboard.json');
  const text = serializeDocument(document);
  const phases: [string, () => Promise<unknown>][] = [
    ['validate (format)', async () => validateDocument(document)],
    ['serialise (format)', async () => serializeDocument(document)],
    ['temp write + fsync + rename + folder fsync', () => writeFileAtomic(file, text)],
    ['read back', () => fs.readFile(file, 'utf8')],
    ['parse read-back (format)', async () => parseDocument(text)],
  ];
  const rows: string[][] = [];
  for (const [name, task] of phases) rows.push([name, (await medianMs(9, task)).toFixed(1)]);
  return rows;
}

const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'pipeboard-files-bench-'));
const rows: string[][] = [];
let phases: string[][];
let missed = false;
try {
  for (const size of SIZES) {
    const document = syntheticPipeline(size);
    const file = path.join(dir, `bench-${size}.pipeboard.json`);
    const runs = size >= 10_000 ? 9 : 21;
    const save = await medianMs(runs, async () => {
      const result = await saveDocumentFile({ path: file, document });
      if (!result.ok) throw new Error(`save failed: ${result.message}`);
    });
    const load = await medianMs(runs, async () => {
      const result = await openDocumentFile(file);
      if (!result.ok) throw new Error(`load failed: ${result.message}`);
    });
    const bytes = (await fs.stat(file)).size;
    const verdict = size === 10_000 ? (save <= TARGET_MS && load <= TARGET_MS ? 'met' : 'MISSED') : '';
    if (verdict === 'MISSED') missed = true;
    rows.push([
      size.toLocaleString('en-US'),
      String(document.edges.length),
      `${(bytes / 1024).toFixed(0)} KB`,
      save.toFixed(1),
      load.toFixed(1),
      verdict,
    ]);
  }
  phases = await savePhases(dir);
} finally {
  await fs.rm(dir, { recursive: true, force: true });
}

console.log(`Design files: save and load+validate, median ms — Node ${process.version}, ${os.cpus().length} CPUs, ${os.tmpdir()}`);
printTable(['nodes', 'edges', 'file size', 'save ms', 'load+validate ms', `10k target ≤ ${TARGET_MS} ms`], rows);
console.log(`\nSave phases at 10,000 nodes, median ms (load average ${os.loadavg()[0]?.toFixed(1)}):`);
printTable(['phase', 'ms'], phases);
if (missed) process.exitCode = 1;
