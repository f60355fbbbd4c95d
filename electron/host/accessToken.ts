import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { TOKEN_COOKIE, TOKEN_HEADER } from '../../shared/ipc/wire';

/** A fresh secret for one launch of the host: 32 random bytes as hex. */
export function createAccessToken(): string {
  return randomBytes(32).toString('hex');
}

export function tokensMatch(expected: string, candidate: string | undefined): boolean {
  if (candidate === undefined) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(candidate);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** True when the request carries the token in the `X-Pipeboard-Token` header or the session cookie. */
export function requestHasToken(request: IncomingMessage, token: string): boolean {
  const header = request.headers[TOKEN_HEADER.toLowerCase()];
  if (typeof header === 'string' && tokensMatch(token, header)) return true;
  return cookieValues(request.headers.cookie, TOKEN_COOKIE).some((value) => tokensMatch(token, value));
}

/** HttpOnly so page scripts cannot read it; Strict so no other site's page can send it. */
export function tokenCookie(token: string): string {
  return `${TOKEN_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`;
}

function cookieValues(header: string | undefined, name: string): string[] {
  if (!header) return [];
  return header
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part.startsWith(`${name}=`))
    .map((part) => part.slice(name.length + 1));
}
