import path from 'node:path';
import { z } from 'zod';
import type { AppSettings, PracticeProgress } from '../../shared/ipc/contract';
import { PRACTICE_MAX_SCENARIOS } from '../../shared/ipc/limits';
import { appSettingsSchema, panelLayoutSchema, practiceExamSchema, scenarioIdSchema, settingsPatchSchema, storedPracticeRecordSchema } from '../../shared/ipc/schemas';
import { readAppDataFile, writeAppDataFile } from './appDataFile';
import { KeyedQueue } from './keyedQueue';

/**
 * Practice progress read from disk: a record that does not validate is dropped on its own, and a
 * `practice` value that is not an object at all reads as no progress, so the other settings survive.
 */
const storedPracticeSchema = z
  .record(z.string(), z.unknown())
  .transform((records): PracticeProgress => {
    const kept: PracticeProgress = {};
    let count = 0;
    for (const [id, value] of Object.entries(records)) {
      if (count >= PRACTICE_MAX_SCENARIOS) break;
      const record = storedPracticeRecordSchema.safeParse(value);
      if (!scenarioIdSchema.safeParse(id).success || !record.success) continue;
      kept[id] = record.data;
      count++;
    }
    return kept;
  })
  .optional()
  .catch(undefined);

// Keys a newer Pipeboard may have added are dropped rather than making the whole file unreadable.
const storedSettingsSchema = z.object({ ...appSettingsSchema.shape, practice: storedPracticeSchema, panels: panelLayoutSchema.optional().catch(undefined), practiceExam: practiceExamSchema.optional().catch(undefined) });

export const DEFAULT_APP_SETTINGS: AppSettings = { reopenLastDocument: true, theme: 'system' };

export interface SettingsStore {
  get(): Promise<AppSettings>;
  /** Applies `patch` and returns the settings now in effect, even if they could not be written. */
  update(patch: Partial<AppSettings>): Promise<AppSettings>;
}

export interface SettingsStoreOptions {
  /** Told when the settings file cannot be written; the app carries on with the new values. */
  onWriteError?: (error: unknown) => void;
}

/**
 * App settings in `settings.json`. A missing or corrupt file gives the defaults; nothing here throws.
 */
export function createSettingsStore(dataDir: string, options: SettingsStoreOptions = {}): SettingsStore {
  const file = path.join(dataDir, 'settings.json');
  const queue = new KeyedQueue();
  let current: AppSettings | undefined;

  const load = async (): Promise<AppSettings> => {
    current ??= await readSettingsFile(file);
    return current;
  };

  return {
    get: () => queue.run(file, load),
    update: (patch) =>
      queue.run(file, async () => {
        const checkedPatch = settingsPatchSchema.safeParse(patch);
        if (!checkedPatch.success) return load();
        const merged = appSettingsSchema.safeParse({ ...(await load()), ...withoutUndefined(checkedPatch.data) });
        if (!merged.success) return load();
        const next = merged.data;
        current = next;
        try {
          await writeAppDataFile(file, next);
        } catch (error) {
          options.onWriteError?.(error);
        }
        return next;
      }),
  };
}

async function readSettingsFile(file: string): Promise<AppSettings> {
  return (await readAppDataFile(file, storedSettingsSchema)) ?? { ...DEFAULT_APP_SETTINGS };
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as Partial<T>;
}
