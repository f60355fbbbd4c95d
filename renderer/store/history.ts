/**
 * Undo history of whole values (document snapshots). Pure functions over an immutable record.
 *
 * A change with a coalesce key continues the previous step when the key is the same and the last
 * change was recent, so a drag or a run of typing becomes one undo step.
 */
export interface History<T> {
  past: readonly T[];
  future: readonly T[];
  /** Key of the step that is still open for coalescing. */
  openKey: string | null;
  /** When the open step last changed (ms). */
  openAt: number;
}

const HISTORY_CAP = 200;
const COALESCE_WINDOW_MS = 1500;

export function emptyHistory<T>(): History<T> {
  return { past: [], future: [], openKey: null, openAt: 0 };
}

export interface RecordOptions {
  coalesceKey?: string;
  now: number;
  cap?: number;
  windowMs?: number;
}

/** Records that the value `previous` was replaced; returns the new history. */
export function record<T>(history: History<T>, previous: T, options: RecordOptions): History<T> {
  const { coalesceKey, now, cap = HISTORY_CAP, windowMs = COALESCE_WINDOW_MS } = options;
  const continues =
    coalesceKey !== undefined &&
    coalesceKey === history.openKey &&
    now - history.openAt <= windowMs &&
    history.past.length > 0;
  if (continues) return { past: history.past, future: [], openKey: coalesceKey, openAt: now };
  const past = [...history.past, previous];
  if (past.length > cap) past.splice(0, past.length - cap);
  return { past, future: [], openKey: coalesceKey ?? null, openAt: now };
}

/** Closes the open step so the next change starts a new one. */
export function seal<T>(history: History<T>): History<T> {
  return history.openKey === null ? history : { ...history, openKey: null };
}

export interface Moved<T> {
  history: History<T>;
  value: T;
}

export function undo<T>(history: History<T>, current: T): Moved<T> | null {
  if (history.past.length === 0) return null;
  const value = history.past[history.past.length - 1] as T;
  return {
    value,
    history: { past: history.past.slice(0, -1), future: [current, ...history.future], openKey: null, openAt: 0 },
  };
}

export function redo<T>(history: History<T>, current: T): Moved<T> | null {
  if (history.future.length === 0) return null;
  const value = history.future[0] as T;
  return {
    value,
    history: { past: [...history.past, current], future: history.future.slice(1), openKey: null, openAt: 0 },
  };
}
