import { FORMAT_VERSION } from '../model/document';
import { toVersion2 } from './migrateV1';
import { toVersion3 } from './migrateV2';

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
 * file. They run before validation, so they leave anything of an unexpected shape as it is and let
 * validation name the problem.
 */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {
  // v2 also adds the optional top-level `groups` (frames) and `annotations` (text and sticky notes)
  // and `settings.edgeStyle`: a v1 file has none of them, so toVersion2 leaves them absent.
  1: toVersion2,
  // v3: a SageMaker endpoint's readsPerSecond is renamed requestsPerSecond (same value).
  2: toVersion3,
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
