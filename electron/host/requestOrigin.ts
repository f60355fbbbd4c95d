import type { IncomingMessage } from 'node:http';

/**
 * The Host values this host answers to. Anything else may be a DNS-rebinding page that resolved its
 * own name to 127.0.0.1, so it is refused.
 */
export function allowedHosts(port: number): ReadonlySet<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
}

export function hostIsAllowed(request: IncomingMessage, hosts: ReadonlySet<string>): boolean {
  const host = request.headers.host;
  return host !== undefined && hosts.has(host.toLowerCase());
}

/** A cross-site POST carries another Origin; a same-origin one carries ours or (old clients) none. */
export function originIsAllowed(request: IncomingMessage): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  return origin.toLowerCase() === `http://${(request.headers.host ?? '').toLowerCase()}`;
}
