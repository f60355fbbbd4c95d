import { FORMAT_VERSION } from '../model/document';

/** A file's top-level JSON object before validation. */
export type RawFile = Readonly<Record<string, unknown>>;

/**
 * Upgrades a file's raw JSON from one format version to the next. It must return a new object and
 * never modify its argument (it may be the caller's object). It need not set `version`: `migrate`
 * does that after each step.
 */
export type Migration = (file: RawFile) => Record<string, unknown>;

/** The oldest format version this build can read. */
export const OLDEST_FORMAT_VERSION: number = 1;

/**
 * Migrations by the version they upgrade FROM: entry N turns a version-N file into a version-(N+1)
 * file.
 */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {
  // v2 adds the optional top-level `groups` (frames) and `annotations` (text and sticky notes); a v1
  // file has neither, so it only needs its version stamped. Kept minimal on purpose: other v2 fields
  // are folded into this one step when the branches that add them are merged.
  1: (file) => ({ ...file }),
};

export type MigrationResult =
  | { ok: true; file: Record<string, unknown> }
  | { ok: false; reason: string };

/**
 * Runs the migrations from `from` up to `to` in order. A file already at `to` comes back as it is
 * (not copied: load never modifies it, and copying a hostile file's huge objects costs seconds).
 */
export function migrate(
  file: RawFile,
  from: number,
  table: Readonly<Record<number, Migration>> = MIGRATIONS,
  to: number = FORMAT_VERSION,
): MigrationResult {
  let current = file as Record<string, unknown>;
  for (let version = from; version < to; version++) {
    const step = table[version];
    if (step === undefined) {
      return { ok: false, reason: `this version of Pipeboard cannot upgrade a version ${version} file` };
    }
    current = { ...step(current), version: version + 1 };
  }
  return { ok: true, file: current };
}
