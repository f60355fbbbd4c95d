import path from 'node:path';
import { z } from 'zod';
import type { AppSettings } from '../../shared/ipc/contract';
import { appSettingsSchema, settingsPatchSchema } from '../../shared/ipc/schemas';
import { readAppDataFile, writeAppDataFile } from './appDataFile';
import { KeyedQueue } from './keyedQueue';

// Keys a newer Pipeboard may have added are dropped rather than making the whole file unreadable.
const storedSettingsSchema = z.object(appSettingsSchema.shape);

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
