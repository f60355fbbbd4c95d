import { promises as fs } from 'node:fs';
import path from 'node:path';
import { contentTypeFor } from './host/contentTypes';
import { requestedFile } from './host/staticFiles';
import { isInside } from './services/workspace';
import { APP_HOST, APP_SCHEME } from './appOrigin';
import { APP_CSP } from './contentSecurityPolicy';

/**
 * Answers `app://pipeboard/<path>` requests from the renderer build folder, and nothing else: only
 * GET/HEAD, only the app's host, and a path that (after decoding) has no NUL, backslash, `.`/`..` or
 * hidden segment and whose real path (links resolved) stays inside the folder. Every answer carries
 * the CSP. Plain Fetch API types, so it runs (and is tested) without Electron.
 */
export type AppRequestHandler = (request: Request) => Promise<Response>;

const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': APP_CSP,
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Referrer-Policy': 'no-referrer',
};

export function createAppRequestHandler(rendererDir: string): AppRequestHandler {
  const rootPromise = fs.realpath(rendererDir).catch(() => path.resolve(rendererDir));

  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return textResponse(405, 'Method not allowed');
    const target = await appFileFor(request.url, await rootPromise);
    if (target.kind === 'refused') return textResponse(400, 'Bad request');
    if (target.kind === 'missing') return textResponse(404, 'Not found');
    let body: Buffer;
    try {
      body = await fs.readFile(target.path);
    } catch {
      return textResponse(404, 'Not found');
    }
    const headers = {
      ...SECURITY_HEADERS,
      'Content-Type': contentTypeFor(target.path),
      'Content-Length': String(body.byteLength),
      'Cache-Control': 'no-cache',
    };
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
  };
}

export type AppFile = { kind: 'file'; path: string } | { kind: 'refused' } | { kind: 'missing' };

/** The file below `root` (a real path) that an `app://` URL names. */
export async function appFileFor(url: string, root: string): Promise<AppFile> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { kind: 'refused' };
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST || parsed.username || parsed.password) {
    return { kind: 'refused' };
  }
  const requested = requestedFile(parsed.pathname);
  if (requested.kind === 'refused') return { kind: 'refused' };
  const relative = requested.kind === 'index' ? 'index.html' : requested.relative;
  try {
    const real = await fs.realpath(path.join(root, relative));
    if (!isInside(root, real)) return { kind: 'missing' };
    const stats = await fs.stat(real);
    return stats.isFile() ? { kind: 'file', path: real } : { kind: 'missing' };
  } catch {
    return { kind: 'missing' };
  }
}

function textResponse(status: number, text: string): Response {
  return new Response(text, { status, headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' } });
}
