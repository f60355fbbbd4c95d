import { parentPort } from 'node:worker_threads';
import { runWorkerJob, type WorkerJob } from './jobs';

/**
 * The worker thread's entry (bundled as export-worker.js beside the Electron main bundle; loaded through
 * bootstrap.mjs from source). It runs exactly one job and answers once; the parent ends the thread.
 */
export type WorkerAnswer = { ok: true; result: unknown } | { ok: false; message: string };

const port = parentPort;
if (port) {
  port.once('message', (job: WorkerJob) => {
    runWorkerJob(job).then(
      (result) => {
        // Only whole buffers move without a copy; views into a shared pool are copied.
        const transfer = Array.isArray(result)
          ? result.filter(({ data }) => data.byteOffset === 0 && data.byteLength === data.buffer.byteLength).map(({ data }) => data.buffer as ArrayBuffer)
          : [];
        const answer: WorkerAnswer = { ok: true, result };
        port.postMessage(answer, transfer);
      },
      (error: unknown) => {
        const answer: WorkerAnswer = { ok: false, message: error instanceof Error ? error.message : String(error) };
        port.postMessage(answer);
      },
    );
  });
}
