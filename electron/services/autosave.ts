import { promises as fs } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { Recovery } from '../../shared/ipc/contract';
import { pathSchema } from '../../shared/ipc/schemas';
import type { PipelineDocument } from '../../shared/model/document';
import { readAppDataFile, writeAppDataFile } from './appDataFile';
import { checkDocument } from './documentCheck';
import { KeyedQueue } from './keyedQueue';

export const RECOVERY_FILE_NAME = 'recovery.json';

const storedRecoverySchema = z.object({
  kind: z.literal('pipeboard-recovery'),
  savedAt: z.iso.datetime(),
  path: pathSchema.optional(),
  document: z.unknown(),
});

export interface Autosave {
  /** Replaces the recovery copy with `document` (already validated by the caller). */
  save(document: PipelineDocument, documentPath?: string): Promise<void>;
  /** The recovery copy left by a session that did not end cleanly, if it is complete and valid. */
  pending(): Promise<Recovery | null>;
  discard(): Promise<void>;
}

/**
 * The crash-recovery copy of the open design, at `<dataDir>/recovery.json`. Each write is atomic, so
 * a process killed mid-write leaves the previous copy, never half of one.
 */
export function createAutosave(dataDir: string): Autosave {
  const file = path.join(dataDir, RECOVERY_FILE_NAME);
  const queue = new KeyedQueue();

  return {
    save: (document, documentPath) =>
      queue.run(file, () =>
        writeAppDataFile(file, {
          kind: 'pipeboard-recovery',
          savedAt: new Date().toISOString(),
          ...(documentPath === undefined ? {} : { path: documentPath }),
          document,
        }),
      ),
    pending: () =>
      queue.run(file, async () => {
        const stored = await readAppDataFile(file, storedRecoverySchema);
        if (!stored) return null;
        const checked = checkDocument(stored.document);
        if (!checked.ok) return null;
        const recovery: Recovery = { document: checked.document, savedAt: stored.savedAt };
        if (stored.path !== undefined) recovery.path = stored.path;
        return recovery;
      }),
    discard: () => queue.run(file, () => fs.rm(file, { force: true })),
  };
}
