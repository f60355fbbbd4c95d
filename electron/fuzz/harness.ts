import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { createPlatformServices } from '../services/platformServices';
import { sampleDocument } from '../services/testSupport.testutil';
import { serializeDocument } from '../../shared/format/index';
import { bridgeTargets, type FuzzLayout } from './bridgeTargets';
import { imageSeeds, pngTarget, svgTarget } from './imageTargets';
import { loaderTextTarget, loaderValueTarget } from './loaderTargets';
import { snapshotTree, treeChanges } from './treeSnapshot';
import { describeInput, type FuzzTarget } from './target';

/**
 * The fuzz harness behind `npm run fuzz` (and a small vitest run): fast-check feeds the loader, the image
 * readers and every bridge method (through `services.call`, in a temporary workspace) and checks that
 * nothing throws or rejects, every answer is well-formed, and nothing is written outside the workspace
 * and the data folder.
 */

export interface FuzzOptions {
  /** Multiplies every target's default number of inputs (1 for `npm run fuzz`). */
  scale: number;
  seed: number;
  log?: (line: string) => void;
}

interface TargetReport {
  name: string;
  inputs: number;
  refused: number;
  ms: number;
}

interface WorstInput {
  target: string;
  ms: number;
  /** Resident memory of the process right after it. */
  rssMb: number;
  input: string;
}

export interface FuzzReport {
  targets: TargetReport[];
  inputs: number;
  refused: number;
  ms: number;
  worst: WorstInput | undefined;
  /** The process's peak resident memory over the whole run. */
  peakRssMb: number;
  violations: string[];
}

const mb = (bytes: number): number => Math.round(bytes / (1024 * 1024));

async function makeLayout(): Promise<FuzzLayout> {
  const base = await fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), 'pipeboard-fuzz-')));
  const layout = { base, workspace: path.join(base, 'workspace'), sibling: path.join(base, 'sibling'), dataDir: path.join(base, 'data') };
  await fs.mkdir(path.join(layout.workspace, 'sub'), { recursive: true });
  await fs.mkdir(path.join(layout.workspace, '.git'), { recursive: true });
  await fs.mkdir(layout.sibling);
  await fs.writeFile(path.join(layout.sibling, 'secret.pipeboard.json'), '{"format":"pipeboard","version":1}\n');
  await fs.writeFile(path.join(layout.sibling, 'notes.txt'), 'must stay as it is\n');
  await fs.writeFile(path.join(layout.workspace, 'design.pipeboard.json'), serializeDocument(sampleDocument(3, 'fuzz')));
  return layout;
}

export async function runFuzz(options: FuzzOptions): Promise<FuzzReport> {
  const log = options.log ?? (() => undefined);
  const layout = await makeLayout();
  const violations: string[] = [];
  const reports: TargetReport[] = [];
  let worst: WorstInput | undefined;
  const started = performance.now();
  try {
    // The workspace and data folder may change; everything else under the workspace's parent may not.
    const before = await snapshotTree(layout.base, [layout.workspace, layout.dataDir]);
    const services = await createPlatformServices({ kind: 'browser', dataDir: layout.dataDir, roots: [layout.workspace], workerLimits: { timeoutMs: 20_000, maxMemoryMb: 512 } });
    const seeds = await imageSeeds();
    // Files for openDocument to find: a design and images with the design inside (read in the worker).
    await fs.writeFile(path.join(layout.workspace, 'sheet.png'), seeds.png);
    await fs.writeFile(path.join(layout.workspace, 'sheet.svg'), seeds.svg);
    const targets: FuzzTarget<never>[] = [loaderTextTarget, loaderValueTarget, pngTarget(seeds), svgTarget(seeds), ...bridgeTargets(services, layout)] as FuzzTarget<never>[];

    for (const [index, target] of targets.entries()) {
      const runs = Math.max(1, Math.round(target.runs * options.scale));
      const report: TargetReport = { name: target.name, inputs: 0, refused: 0, ms: 0 };
      const targetStart = performance.now();
      const property = fc.asyncProperty(target.arbitrary, async (input) => {
        const inputStart = performance.now();
        const outcome = await target.run(input);
        const ms = performance.now() - inputStart;
        report.inputs += 1;
        if (outcome === 'refused') report.refused += 1;
        if (worst === undefined || ms > worst.ms) worst = { target: target.name, ms, rssMb: mb(process.memoryUsage().rss), input: describeInput(input) };
      });
      const result = await fc.check(property, { numRuns: runs, seed: options.seed + index, endOnFailure: true });
      report.ms = performance.now() - targetStart;
      if (result.failed) {
        const error = result.errorInstance instanceof Error ? result.errorInstance.message : String(result.errorInstance);
        violations.push(`${target.name}: ${error} — input ${describeInput(result.counterexample?.[0])} (seed ${options.seed + index})`);
      }
      reports.push(report);
      log(`${target.name.padEnd(48)} ${String(report.inputs).padStart(7)} inputs ${String(report.refused).padStart(7)} refused ${(report.ms / 1000).toFixed(1).padStart(6)} s`);
    }

    const changes = treeChanges(before, await snapshotTree(layout.base, [layout.workspace, layout.dataDir]));
    if (changes.length > 0) violations.push(`written outside the workspace: ${changes.slice(0, 10).join(', ')}`);
  } finally {
    await fs.rm(layout.base, { recursive: true, force: true });
  }
  return {
    targets: reports,
    inputs: reports.reduce((sum, report) => sum + report.inputs, 0),
    refused: reports.reduce((sum, report) => sum + report.refused, 0),
    ms: performance.now() - started,
    worst,
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    violations,
  };
}
