import type { ReadImageOutput } from './jobs';
import type { WorkerLimits } from './limits';
import { runInWorker } from './runInWorker';

/** The design inside an image's bytes, read in a worker thread; an image too costly to read is refused with a sentence. */
export async function readImageInWorker(bytes: Uint8Array, fileName: string, limits: WorkerLimits): Promise<ReadImageOutput> {
  const outcome = await runInWorker({ kind: 'readImage', bytes, fileName }, limits);
  if (outcome.ok) return outcome.result;
  const message =
    outcome.reason === 'busy'
      ? `Pipeboard is busy reading other files (${outcome.detail}); try again in a moment.`
      : outcome.reason === 'failed'
        ? `Could not read the design inside ${fileName}: ${outcome.detail}`
        : `This image is too large to read (${outcome.detail}).`;
  return { ok: false, message, problems: [], kind: /\.png$/i.test(fileName) ? 'png' : 'svg' };
}
