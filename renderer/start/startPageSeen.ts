/**
 * The start page shows once per window: on a launch, not again when the same window reloads (its
 * sessionStorage survives a reload, not a restart).
 */
const SEEN_KEY = 'pipeboard.startPageShown';

export function startPageDue(): boolean {
  try {
    if (globalThis.sessionStorage?.getItem(SEEN_KEY)) return false;
    globalThis.sessionStorage?.setItem(SEEN_KEY, '1');
    return true;
  } catch {
    return true;
  }
}
