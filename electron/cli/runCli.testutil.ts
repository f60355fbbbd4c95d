import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const bin = fileURLToPath(new URL('./bin.mjs', import.meta.url));

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the real `pipeboard` command in a child process and returns its exit code and output. */
export async function pipeboard(...args: string[]): Promise<CliRun> {
  return pipeboardWithin(0, ...args);
}

/** Like pipeboard, but the child is killed (SIGKILL, `killed: true`) after `timeoutMs` (0: never). */
export async function pipeboardWithin(timeoutMs: number, ...args: string[]): Promise<CliRun & { killed?: boolean }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], { encoding: 'utf8', timeout: timeoutMs, killSignal: 'SIGKILL' });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string; killed?: boolean };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr, killed: failed.killed === true };
  }
}
