import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, symlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializeDocument } from '../../shared/format/index';
import { EXAMPLES } from '../../shared/scenarios/index';
import { buildCliOnce, pipeboard, type CliRun } from './runCli.testutil';

const run = promisify(execFile);
const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
let folder: string;

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'pipeboard-bin-'));
  await buildCliOnce();
}, 60_000);

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function node(args: string[], cwd: string): Promise<CliRun> {
  try {
    const { stdout, stderr } = await run(process.execPath, args, { cwd, encoding: 'utf8' });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

/** The static imports of a bundle file, followed through the chunks: what loads before any command runs. */
async function staticClosure(entry: string): Promise<Map<string, string>> {
  const loaded = new Map<string, string>();
  const visit = async (file: string): Promise<void> => {
    if (loaded.has(file)) return;
    const text = await readFile(file, 'utf8');
    loaded.set(file, text);
    for (const match of text.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{},\s]+from\s*)?["'](\.[^"']+)["']/g)) {
      await visit(path.resolve(path.dirname(file), match[1]!));
    }
  };
  await visit(entry);
  return loaded;
}

describe('the pipeboard bundle', () => {
  it('prints help from the argument parser alone: no command, schema or renderer is loaded', async () => {
    const help = await pipeboard('--help');
    expect(help).toMatchObject({ code: 0, stderr: '' });
    expect(help.stdout).toMatch(/^Usage: pipeboard \[options\] \[command\]/);
    for (const command of ['check', 'cost', 'export', 'scenario', 'diff']) expect(help.stdout).toContain(`\n  ${command} `);

    const closure = await staticClosure(path.join(repoRoot, 'dist', 'cli', 'pipeboard.mjs'));
    const code = [...closure.values()].join('\n');
    expect(code).toContain('commander');
    expect(code).toContain('import("./chunks/check-');
    for (const marker of ['ZodError', 'PDFDocument', 'resvg', 'kds-under-provisioned']) expect(code).not.toContain(marker);
    expect(code.length).toBeLessThan(100_000);
  });

  it('exports a PNG from any working folder: the fonts are found from the command, not from the folder', async () => {
    const q1 = EXAMPLES.find((entry) => entry.id === 'q1-answer')!.document;
    await writeFile(path.join(folder, 'q1.pipeboard.json'), serializeDocument(q1));
    const result = await node([path.join(repoRoot, 'electron', 'cli', 'bin.mjs'), 'export', 'q1.pipeboard.json', '--format', 'png', '--scale', '1'], folder);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect((await readFile(path.join(folder, 'q1.png'))).subarray(1, 4).toString()).toBe('PNG');
  }, 60_000);
});

describe('bin.mjs in a checkout', () => {
  /** A checkout without dist/: the sources, the manifests, and the installed node_modules. */
  async function checkout(name: string, withTools = true): Promise<string> {
    const root = path.join(folder, name);
    await mkdir(path.join(root, 'electron', 'cli'), { recursive: true });
    await cp(path.join(repoRoot, 'electron', 'cli', 'bin.mjs'), path.join(root, 'electron', 'cli', 'bin.mjs'));
    if (!withTools) return root;
    for (const entry of ['electron', 'shared']) {
      await cp(path.join(repoRoot, entry), path.join(root, entry), { recursive: true, filter: (source) => !source.endsWith('.test.ts') });
    }
    for (const file of ['package.json', 'package-lock.json', 'tsconfig.base.json']) await cp(path.join(repoRoot, file), path.join(root, file));
    await symlink(path.join(repoRoot, 'node_modules'), path.join(root, 'node_modules'), 'dir');
    return root;
  }

  it('says in one line how to build the command when it is not built and cannot be', async () => {
    const root = await checkout('bare', false);
    const result = await node([path.join(root, 'electron', 'cli', 'bin.mjs'), '--help'], root);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('npm run build:cli');
  });

  it('builds the bundle when it is missing, rebuilds it when a source changed, and is silent otherwise', async () => {
    const root = await checkout('repo');
    const bin = path.join(root, 'electron', 'cli', 'bin.mjs');
    const first = await node([bin, 'scenario', '--json'], root);
    expect(first.code).toBe(0);
    expect(first.stderr).toMatch(/^pipeboard: building the command into dist\/cli, because it has not been built…\n$/);
    expect(JSON.parse(first.stdout)[0]).toMatchObject({ id: 'seed-q1' });

    expect(await node([bin, 'scenario', '--json'], root)).toMatchObject({ code: 0, stderr: '', stdout: first.stdout });

    const output = path.join(root, 'electron', 'cli', 'output.ts');
    const source = await readFile(output, 'utf8');
    await writeFile(output, source.replace('export function printJson(value: unknown): void {', 'export function printJson(value: unknown): void {\n  process.stdout.write("rebuilt\\n");'));
    const later = new Date(Date.now() + 5000);
    await utimes(output, later, later);
    const changed = await node([bin, 'scenario', '--json'], root);
    expect(changed.stderr).toBe('pipeboard: building the command into dist/cli, because electron/cli/output.ts changed since it was built…\n');
    expect(changed.stdout).toMatch(/^rebuilt\n\[/);
  }, 120_000);
});
