import type { RecoveryQuery } from '../../shared/ipc/contract';

/**
 * This page's document session: one id per window or tab and page load. Its autosave copy is kept under
 * this id, so another tab's save or discard never touches it. After a reload (the app reloads a crashed
 * page; a user may press F5) the page names the session it replaced, whose copy is then offered back.
 */

const STORAGE_KEY = 'pipeboard.session';

function randomId(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

function wasReloaded(): boolean {
  const entry = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  return entry?.type === 'reload';
}

function previousSession(): string | undefined {
  try {
    const stored = sessionStorage.getItem(STORAGE_KEY) ?? undefined;
    // Only a reload replaces the page that wrote it; a duplicated tab copies it while the original lives on.
    return stored && /^[0-9a-f]{32}$/.test(stored) && wasReloaded() ? stored : undefined;
  } catch {
    return undefined;
  }
}

const RELOADED_FROM = previousSession();
export const SESSION_ID = randomId();

try {
  sessionStorage.setItem(STORAGE_KEY, SESSION_ID);
} catch {
  // No storage (a locked-down browser): a reload then waits for the old copy's heartbeat to lapse.
}

export function recoveryQuery(): RecoveryQuery {
  return RELOADED_FROM === undefined ? { session: SESSION_ID } : { session: SESSION_ID, reloadedFrom: RELOADED_FROM };
}
