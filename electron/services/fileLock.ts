import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import { errorCode } from './ioMessages';
import { processIsGone } from './processGone';

/**
 * A lock file beside a design (`<name>.pipeboard-lock`, created with O_EXCL) that makes "check the file
 * is still what the saver last saw, then replace it" one step across processes: a second Pipeboard (another
 * window's host, the CLI, a second browser-mode host) waits for it, then sees the first one's save and
 * answers with a conflict instead of overwriting it.
 *
 * A lock left by a crash is broken when its process is gone (same machine) or it is older than any
 * save takes.
 */

const LOCK_SUFFIX = '.pipeboard-lock';
export const STALE_LOCK_MS = 30_000;
const WAIT_LIMIT_MS = 15_000;

interface LockOwner {
  pid: number;
  host: string;
  nonce: string;
}

export class LockBusy extends Error {}

export function lockPathFor(target: string): string {
  return `${target}${LOCK_SUFFIX}`;
}

/** Runs `task` holding the lock of `target`; waits (up to 15 s) while another process holds it. */
export async function withFileLock<T>(target: string, task: () => Promise<T>): Promise<T> {
  const lockPath = lockPathFor(target);
  const owner: LockOwner = { pid: process.pid, host: os.hostname(), nonce: randomBytes(8).toString('hex') };
  await acquire(lockPath, owner);
  try {
    return await task();
  } finally {
    await release(lockPath, owner);
  }
}

async function acquire(lockPath: string, owner: LockOwner): Promise<void> {
  const deadline = Date.now() + WAIT_LIMIT_MS;
  for (let attempt = 0; ; attempt += 1) {
    try {
      const handle = await fs.open(lockPath, 'wx', 0o600);
      try {
        await handle.writeFile(JSON.stringify(owner));
      } finally {
        await handle.close();
      }
      return;
    } catch (error) {
      if (errorCode(error) !== 'EEXIST') throw error;
    }
    await breakIfStale(lockPath);
    if (Date.now() > deadline) throw new LockBusy(`another program has been saving this file for over ${WAIT_LIMIT_MS / 1000} s (${lockPath})`);
    await new Promise((resolve) => setTimeout(resolve, Math.min(5 + attempt * 5, 50) + Math.random() * 10));
  }
}

async function release(lockPath: string, owner: LockOwner): Promise<void> {
  // Only our own lock: a lock broken as stale and taken by someone else stays theirs.
  const current = await readOwner(lockPath);
  if (current?.nonce === owner.nonce) await fs.rm(lockPath, { force: true }).catch(() => undefined);
}

async function readOwner(lockPath: string): Promise<LockOwner | undefined> {
  try {
    const value: unknown = JSON.parse(await fs.readFile(lockPath, 'utf8'));
    if (typeof value !== 'object' || value === null) return undefined;
    const { pid, host, nonce } = value as Record<string, unknown>;
    if (typeof pid !== 'number' || typeof host !== 'string' || typeof nonce !== 'string') return undefined;
    return { pid, host, nonce };
  } catch {
    return undefined;
  }
}

async function breakIfStale(lockPath: string): Promise<void> {
  let stats;
  try {
    stats = await fs.stat(lockPath);
  } catch {
    return;
  }
  const owner = await readOwner(lockPath);
  const old = Date.now() - stats.mtimeMs > STALE_LOCK_MS;
  // A lock still being written has no owner yet: only its age can make it stale.
  const dead = owner !== undefined && processIsGone(owner.pid, owner.host);
  if (!old && !dead) return;
  // Move it aside first and check it is still the lock judged stale, so a fresh lock taken in between survives.
  const aside = `${lockPath}.${randomBytes(6).toString('hex')}.stale`;
  try {
    await fs.rename(lockPath, aside);
  } catch {
    return;
  }
  const moved = await readOwner(aside);
  if (owner !== undefined && moved?.nonce !== owner.nonce) {
    await fs.link(aside, lockPath).catch(() => undefined);
  }
  await fs.rm(aside, { force: true }).catch(() => undefined);
}
