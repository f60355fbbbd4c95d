import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { serializeDocument } from '../../shared/format/index';
import { syntheticPipeline } from '../../shared/model/syntheticPipeline';
import { printTable } from './stats';

/**
 * `npm run bench:cli`: the `pipeboard` command as a user runs it — a new Node process each time, through
 * electron/cli/bin.mjs and the dist/cli bundle — next to a bare `node -e` that reads and JSON.parses the
 * same 10,000-node design. Wall clock, commands interleaved so that a change in machine load hits all alike.
 * Targets: `--help` ≤ 150 ms; `check --json` ≤ 5× the bare parse. The CPU time of each process is shown
 * too (Linux), as the wall clock of a busy machine says more about the other work than about ours.
 */

const NODES = 10_000;
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 15;
const WARMUP = 2;
const HELP_TARGET_MS = 150;
const CHECK_TARGET_RATIO = 5;

const repoRoot = process.cwd();
const bin = path.join(repoRoot, 'electron', 'cli', 'bin.mjs');
const dir = mkdtempSync(path.join(os.tmpdir(), 'pipeboard-cli-bench-'));
const file = path.join(dir, `synthetic-${NODES}.pipeboard.json`);
writeFileSync(file, serializeDocument(syntheticPipeline(NODES)));

interface Case {
  name: string;
  args: string[];
  /** The exit codes that mean the command did its job (check exits 1 when the design has errors). */
  ok: number[];
}

const cases: Case[] = [
  { name: 'bare node: read + JSON.parse', args: ['-e', `JSON.parse(require('node:fs').readFileSync(${JSON.stringify(file)}, 'utf8'))`], ok: [0] },
  { name: 'pipeboard --help', args: [bin, '--help'], ok: [0] },
  { name: 'pipeboard check --json', args: [bin, 'check', file, '--json'], ok: [0, 1] },
  { name: 'pipeboard cost --json', args: [bin, 'cost', file, '--json'], ok: [0] },
];

/** Clock ticks per second of /proc's CPU times (USER_HZ). */
const ticksPerSecond = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout.trim()) || 100;

/**
 * CPU time (user + system, all threads) of this process's finished children so far, from /proc on Linux:
 * on a machine shared with other work it varies far less than the wall clock does.
 */
function childrenCpuMs(): number | undefined {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
    // After the command name: cutime and cstime are the 14th and 15th fields.
    return ((Number(fields[13]) + Number(fields[14])) * 1000) / ticksPerSecond;
  } catch {
    return undefined;
  }
}

function runOnce(entry: Case): { ms: number; cpuMs: number | undefined; stdout: string } {
  const cpuBefore = childrenCpuMs();
  const start = performance.now();
  const result = spawnSync(process.execPath, entry.args, { encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = performance.now() - start;
  const cpuAfter = childrenCpuMs();
  const cpuMs = cpuBefore === undefined || cpuAfter === undefined ? undefined : cpuAfter - cpuBefore;
  if (result.status === null || !entry.ok.includes(result.status)) {
    throw new Error(`${entry.name} exited with ${result.status ?? result.signal}: ${result.stderr.trim().slice(0, 500)}`);
  }
  if (result.stderr !== '') throw new Error(`${entry.name} wrote to stderr: ${result.stderr.trim().slice(0, 500)}`);
  return { ms, cpuMs, stdout: result.stdout };
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))]!;
}

try {
  // The bundle is built from the current sources first, so the timed runs never include a rebuild.
  const build = spawnSync(process.execPath, [path.join(repoRoot, 'electron', 'tools', 'build-cli.mjs')], { stdio: 'inherit' });
  if (build.status !== 0) throw new Error('the CLI build failed');

  const check = JSON.parse(runOnce(cases[2]!).stdout) as { issues: unknown[]; cost: { lines: unknown[] } };
  if (!Array.isArray(check.issues) || check.cost.lines.length < NODES / 2) throw new Error('check --json printed an unexpected analysis');

  const loadBefore = os.loadavg()[0]!;
  const samples = new Map(cases.map((entry) => [entry.name, { wall: [] as number[], cpu: [] as number[] }]));
  for (let round = 0; round < WARMUP + RUNS; round++) {
    for (const entry of cases) {
      const { ms, cpuMs } = runOnce(entry);
      if (round < WARMUP) continue;
      samples.get(entry.name)!.wall.push(ms);
      if (cpuMs !== undefined) samples.get(entry.name)!.cpu.push(cpuMs);
    }
  }

  const sortedOf = (values: number[]): number[] => [...values].sort((a, b) => a - b);
  const stats = new Map(
    cases.map((entry) => {
      const { wall, cpu } = samples.get(entry.name)!;
      const sorted = sortedOf(wall);
      return [entry.name, { median: quantile(sorted, 0.5), p95: quantile(sorted, 0.95), cpu: cpu.length ? quantile(sortedOf(cpu), 0.5) : undefined }] as const;
    }),
  );
  const bare = stats.get(cases[0]!.name)!.median;
  const bareCpu = stats.get(cases[0]!.name)!.cpu;
  let failed = false;
  const rows = cases.map((entry) => {
    const { median, p95, cpu } = stats.get(entry.name)!;
    const ratio = median / bare;
    let target = '';
    if (entry.name === 'pipeboard --help') {
      const pass = median <= HELP_TARGET_MS;
      failed ||= !pass;
      target = `≤ ${HELP_TARGET_MS} ms: ${pass ? 'PASS' : 'FAIL'}`;
    } else if (entry.name === 'pipeboard check --json') {
      const pass = ratio <= CHECK_TARGET_RATIO;
      failed ||= !pass;
      target = `≤ ${CHECK_TARGET_RATIO}× bare: ${pass ? 'PASS' : 'FAIL'}`;
    }
    const cpuText = cpu === undefined || bareCpu === undefined ? '—' : `${cpu.toFixed(0)} (${(cpu / bareCpu).toFixed(2)}×)`;
    return [entry.name, median.toFixed(0), p95.toFixed(0), ratio.toFixed(2), target, cpuText];
  });

  const size = statSync(file).size;
  console.log(
    `pipeboard CLI, ${NODES.toLocaleString('en-US')}-node design (${(size / (1024 * 1024)).toFixed(1)} MB), wall clock per process, ` +
      `${RUNS} runs each after ${WARMUP} warm-up — Node ${process.version}, ${os.cpus().length} CPUs, load average ${loadBefore.toFixed(1)} → ${os.loadavg()[0]!.toFixed(1)}`,
  );
  printTable(['command', 'median ms', 'p95 ms', 'ratio to bare (median)', 'target (wall clock)', 'CPU ms, median (× bare)'], rows);
  if (failed) process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
