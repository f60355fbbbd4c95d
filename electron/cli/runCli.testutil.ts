import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const bin = fileURLToPath(new URL('./bin.mjs', import.meta.url));
const buildScript = fileURLToPath(new URL('../tools/build-cli.mjs', import.meta.url));

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

let built: Promise<unknown> | undefined;

/**
 * Builds dist/cli from the current sources, once per test file: the tests run the bundle `npm ci`
 * ships, never a stale one, and never make bin.mjs rebuild it in the middle of a test.
 */
export function buildCliOnce(): Promise<unknown> {
  built ??= run(process.execPath, [buildScript], { encoding: 'utf8' });
  return built;
}

/** Runs the real `pipeboard` command (bin.mjs → dist/cli) in a child process and returns its exit code and output. */
export async function pipeboard(...args: string[]): Promise<CliRun> {
  return pipeboardWithin(0, ...args);
}

/** Like pipeboard, but the child is killed (SIGKILL, `killed: true`) after `timeoutMs` (0: never). */
export async function pipeboardWithin(timeoutMs: number, ...args: string[]): Promise<CliRun & { killed?: boolean }> {
  await buildCliOnce();
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], { encoding: 'utf8', timeout: timeoutMs, killSignal: 'SIGKILL' });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string; killed?: boolean };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr, killed: failed.killed === true };
  }
}
