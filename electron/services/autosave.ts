import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import type { AutosaveSession, Recovery, RecoveryQuery } from '../../shared/ipc/contract';
import { pathSchema, recoveryKeySchema, sessionIdSchema } from '../../shared/ipc/schemas';
import type { PipelineDocument } from '../../shared/model/document';
import { readAppDataFile, writeAppDataFile } from './appDataFile';
import { checkDocument } from './documentCheck';
import { KeyedQueue } from './keyedQueue';
import { processIsGone } from './processGone';

/** The single copy of callers without a session (and of older versions); offered like a gone session's. */
export const RECOVERY_FILE_NAME = 'recovery.json';
/** One file per document session and file: `<dataDir>/recovery/<session>.<hash of the path>.json`. */
export const RECOVERY_FOLDER = 'recovery';
/**
 * A live session rewrites its copy at least this often (the page's heartbeat), so a copy older than
 * this, or written by a process that is gone, belongs to a session that ended without saving.
 */
export const RECOVERY_LEASE_MS = 30_000;

const storedRecoverySchema = z.object({
  kind: z.literal('pipeboard-recovery'),
  savedAt: z.iso.datetime(),
  session: sessionIdSchema.optional(),
  pid: z.number().int().optional(),
  host: z.string().optional(),
  path: pathSchema.optional(),
  mtimeMs: z.number().nonnegative().optional(),
  document: z.unknown(),
});
type StoredRecovery = z.infer<typeof storedRecoverySchema>;

export interface Autosave {
  /** Replaces this session's recovery copy with `document` (already validated by the caller). */
  save(document: PipelineDocument, documentPath?: string, session?: AutosaveSession): Promise<void>;
  /** The newest complete, valid copy of a session that is gone (never the asker's own or a live one). */
  pending(query?: RecoveryQuery): Promise<Recovery | null>;
  /** Drops one copy (a slot id), every copy of one session (a session id), or with no key the old single copy. */
  discard(key?: string): Promise<void>;
}

export function recoverySlotId(session: string, documentPath: string | undefined): string {
  return `${session}.${createHash('sha256').update(documentPath ?? '').digest('hex').slice(0, 12)}`;
}

/**
 * Crash-recovery copies of open designs, one per document session (window or tab) and file. Each write
 * is atomic, so a process killed mid-write leaves the previous copy, never half of one. One session's
 * save or discard never touches another session's copy.
 */
export function createAutosave(dataDir: string, now: () => number = Date.now): Autosave {
  const folder = path.join(dataDir, RECOVERY_FOLDER);
  const legacyFile = path.join(dataDir, RECOVERY_FILE_NAME);
  const queue = new KeyedQueue();
  const slotFile = (slot: string): string => path.join(folder, `${slot}.json`);

  const slotsOf = async (session: string): Promise<string[]> =>
    (await slotNames(folder)).filter((slot) => slot.startsWith(`${session}.`));

  const removeSlots = async (slots: readonly string[]): Promise<void> => {
    for (const slot of slots) await fs.rm(slotFile(slot), { force: true });
  };

  return {
    save: (document, documentPath, session) => {
      if (!session) {
        // A caller without a session (the single copy of older versions): the old file, as before.
        return queue.run(legacyFile, () =>
          writeAppDataFile(legacyFile, {
            kind: 'pipeboard-recovery',
            savedAt: new Date(now()).toISOString(),
            ...(documentPath === undefined ? {} : { path: documentPath }),
            document,
          }),
        );
      }
      const slot = recoverySlotId(session.id, documentPath);
      return queue.run(session.id, async () => {
        const stored: StoredRecovery = {
          kind: 'pipeboard-recovery',
          savedAt: new Date(now()).toISOString(),
          session: session.id,
          pid: process.pid,
          host: os.hostname(),
          ...(documentPath === undefined ? {} : { path: documentPath }),
          ...(session.mtimeMs === undefined ? {} : { mtimeMs: session.mtimeMs }),
          document,
        };
        await writeAppDataFile(slotFile(slot), stored);
        // A session edits one document at a time: its copies of other files (or of the design before
        // Save As gave it a name) are out of date.
        await removeSlots((await slotsOf(session.id)).filter((other) => other !== slot));
      });
    },

    pending: async (query) => {
      const candidates: { slot?: string; stored: StoredRecovery }[] = [];
      for (const slot of await slotNames(folder)) {
        const stored = await readAppDataFile(slotFile(slot), storedRecoverySchema);
        if (stored) candidates.push({ slot, stored });
      }
      const legacy = await readAppDataFile(legacyFile, storedRecoverySchema);
      if (legacy) candidates.push({ stored: legacy });

      const offered = candidates
        .filter(({ stored }) => sessionIsGone(stored, query, now()))
        .sort((a, b) => Date.parse(b.stored.savedAt) - Date.parse(a.stored.savedAt));
      for (const { slot, stored } of offered) {
        const checked = checkDocument(stored.document);
        if (!checked.ok) continue;
        const recovery: Recovery = { document: checked.document, savedAt: stored.savedAt };
        if (stored.path !== undefined) recovery.path = stored.path;
        if (stored.mtimeMs !== undefined) recovery.mtimeMs = stored.mtimeMs;
        if (slot !== undefined) recovery.slot = slot;
        return recovery;
      }
      return null;
    },

    discard: async (key) => {
      if (key === undefined) return queue.run(legacyFile, () => fs.rm(legacyFile, { force: true }));
      if (!recoveryKeySchema.safeParse(key).success) throw new Error(`${key} is not a recovery copy id.`);
      const session = key.split('.')[0]!;
      await queue.run(session, async () => removeSlots(key.includes('.') ? [key] : await slotsOf(key)));
    },
  };
}

/** Slot ids of the copies in the folder (only names we write). */
async function slotNames(folder: string): Promise<string[]> {
  let names: string[];
  try {
    names = await fs.readdir(folder);
  } catch {
    return [];
  }
  return names
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.slice(0, -'.json'.length))
    .filter((slot) => slot.includes('.') && recoveryKeySchema.safeParse(slot).success);
}

/**
 * A copy is offered only when its session has ended: not the asker's own, and either the page that
 * asks replaced it by reloading, the process that wrote it is gone, or it missed its heartbeat.
 */
function sessionIsGone(stored: StoredRecovery, query: RecoveryQuery | undefined, nowMs: number): boolean {
  if (stored.session === undefined) return true;
  if (query && stored.session === query.session) return false;
  if (query?.reloadedFrom !== undefined && stored.session === query.reloadedFrom) return true;
  if (stored.pid !== undefined && stored.host !== undefined && processIsGone(stored.pid, stored.host)) return true;
  return nowMs - Date.parse(stored.savedAt) > RECOVERY_LEASE_MS;
}

