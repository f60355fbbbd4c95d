import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { WorkerJob, WorkerJobResult } from './jobs';
import type { WorkerAnswer } from './worker';

import { DEFAULT_WORKER_LIMITS, type WorkerLimits } from './limits';

export { DEFAULT_WORKER_LIMITS, type WorkerLimits };

export type WorkerOutcome<T> = { ok: true; result: T } | { ok: false; reason: 'timeout' | 'memory' | 'busy' | 'failed'; detail: string };

/** Workers running at once; more calls wait, and past MAX_WAITING they are refused as busy. */
const MAX_RUNNING = 2;
const MAX_WAITING = 16;
let running = 0;
const waiting: (() => void)[] = [];

/**
 * The worker's entry: the bundled export-worker.js beside the Electron main bundle (import.meta.url is
 * main.js there), else the source bootstrap next to this file (tests, tsx).
 */
function workerEntry(): URL {
  const bundled = new URL('./export-worker.js', import.meta.url);
  if (existsSync(fileURLToPath(bundled))) return bundled;
  return new URL('./bootstrap.mjs', import.meta.url);
}

/**
 * Runs `job` in a fresh worker thread with a heap limit, and terminates it when it takes longer than
 * `limits.timeoutMs`. Never rejects: the outcome says what went wrong. The main thread stays free for
 * other calls (saves, autosave, settings) while the job runs.
 */
export async function runInWorker<J extends WorkerJob>(job: J, limits: WorkerLimits = DEFAULT_WORKER_LIMITS): Promise<WorkerOutcome<WorkerJobResult<J>>> {
  if (running >= MAX_RUNNING) {
    if (waiting.length >= MAX_WAITING) return { ok: false, reason: 'busy', detail: `${MAX_WAITING} other jobs are waiting` };
    await new Promise<void>((resolve) => waiting.push(resolve));
  }
  running += 1;
  try {
    return await runOne<WorkerJobResult<J>>(job, limits);
  } finally {
    running -= 1;
    waiting.shift()?.();
  }
}

function runOne<T>(job: WorkerJob, limits: WorkerLimits): Promise<WorkerOutcome<T>> {
  return new Promise((resolve) => {
    let settled = false;
    let worker: Worker;
    const finish = (outcome: WorkerOutcome<T>): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(outcome);
      void worker?.terminate().catch(() => undefined);
    };
    const timer = setTimeout(() => finish({ ok: false, reason: 'timeout', detail: `it took longer than ${formatSeconds(limits.timeoutMs)}` }), limits.timeoutMs);
    try {
      worker = new Worker(workerEntry(), {
        resourceLimits: { maxOldGenerationSizeMb: limits.maxMemoryMb, maxYoungGenerationSizeMb: Math.min(64, Math.max(4, limits.maxMemoryMb / 8)) },
        stdout: false,
        stderr: false,
      });
    } catch (error) {
      finish({ ok: false, reason: 'failed', detail: describe(error) });
      return;
    }
    worker.once('message', (answer: WorkerAnswer) => {
      finish(answer.ok ? { ok: true, result: answer.result as T } : { ok: false, reason: 'failed', detail: answer.message });
    });
    worker.once('error', (error: Error & { code?: string }) => {
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') finish({ ok: false, reason: 'memory', detail: `it needed more than ${limits.maxMemoryMb} MB of memory` });
      else finish({ ok: false, reason: 'failed', detail: describe(error) });
    });
    worker.once('exit', (code) => finish({ ok: false, reason: 'failed', detail: `the export worker stopped (exit code ${code})` }));
    const transfer = job.kind === 'readImage' && job.bytes.byteOffset === 0 && job.bytes.byteLength === job.bytes.buffer.byteLength ? [job.bytes.buffer as ArrayBuffer] : [];
    worker.postMessage(job, transfer);
  });
}

function formatSeconds(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(ms % 1000 === 0 ? 0 : 1)} s` : `${ms} ms`;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
