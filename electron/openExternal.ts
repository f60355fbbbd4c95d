import { shell } from 'electron';
import { allowedExternalUrl } from './externalUrls';

/**
 * The only way Pipeboard opens the system browser: allow-listed https URLs (externalUrls.ts). Returns
 * whether the URL was handed on; anything else is dropped and logged.
 */
export function openAllowedExternal(url: string, log: (message: string) => void = console.warn): boolean {
  const allowed = allowedExternalUrl(url);
  if (allowed === null) {
    log(`Not opening ${url.slice(0, 200)}: it is not on the allow-list of AWS pages.`);
    return false;
  }
  shell.openExternal(allowed).catch((error: unknown) => log(`Could not open ${allowed}: ${String(error)}`));
  return true;
}
