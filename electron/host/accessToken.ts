import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { TOKEN_COOKIE_PREFIX, TOKEN_HEADER } from '../../shared/ipc/wire';

/** A fresh secret for one launch of the host: 32 random bytes as hex. */
export function createAccessToken(): string {
  return randomBytes(32).toString('hex');
}

/**
 * The path every page of one launch lives under (`/<32 hex digits>/`). The token cookie is scoped to it,
 * and browsers send cookies to every port of 127.0.0.1: with this path, a second Pipeboard on another
 * port, or any other local server, never receives this launch's cookie (it cannot guess the path).
 */
export function createLaunchPath(): string {
  return `/${randomBytes(16).toString('hex')}/`;
}

/** One name per port, so a second host in the same browser does not replace this host's cookie. */
export function tokenCookieName(port: number): string {
  return `${TOKEN_COOKIE_PREFIX}${port}`;
}

export function tokensMatch(expected: string, candidate: string | undefined): boolean {
  if (candidate === undefined) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(candidate);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** True when the request carries the token in the `X-Pipeboard-Token` header or in this host's cookie. */
export function requestHasToken(request: IncomingMessage, token: string, cookieName: string): boolean {
  const header = request.headers[TOKEN_HEADER.toLowerCase()];
  if (typeof header === 'string' && tokensMatch(token, header)) return true;
  return cookieValues(request.headers.cookie, cookieName).some((value) => tokensMatch(token, value));
}

/** HttpOnly so page scripts cannot read it; Strict so no other site's page can send it; only under the launch path. */
export function tokenCookie(token: string, cookieName: string, launchPath: string): string {
  return `${cookieName}=${token}; HttpOnly; SameSite=Strict; Path=${launchPath}`;
}

function cookieValues(header: string | undefined, name: string): string[] {
  if (!header) return [];
  return header
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part.startsWith(`${name}=`))
    .map((part) => part.slice(name.length + 1));
}
