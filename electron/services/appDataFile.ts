import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { writeFileAtomic } from './atomicWrite';

/** The largest app-data file (settings, recent list, recovery) read back; recovery holds a whole design. */
const APP_DATA_MAX_BYTES = 64 * 1024 * 1024;

/**
 * Reads a JSON file Pipeboard keeps in its data folder. Missing, unreadable, oversized or malformed
 * files all read as `undefined`: app data is a convenience and must never stop the app from starting.
 */
export async function readAppDataFile<T>(filePath: string, schema: z.ZodType<T>): Promise<T | undefined> {
  try {
    const stats = await fs.stat(filePath);
    if (!stats.isFile() || stats.size > APP_DATA_MAX_BYTES) return undefined;
    const parsed = schema.safeParse(JSON.parse(await fs.readFile(filePath, 'utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Writes a data-folder JSON file atomically, creating the folder on first use. */
export async function writeAppDataFile(filePath: string, value: unknown): Promise<void> {
  await fs.mkdir(path.dirname(filePath), { recursive: true });
  await writeFileAtomic(filePath, `${JSON.stringify(value, null, 2)}\n`);
}
