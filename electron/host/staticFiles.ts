import { createReadStream, promises as fs } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { isInside } from '../services/workspace';
import { contentTypeFor } from './contentTypes';
import { sendText } from './responses';

/**
 * Serves the renderer build. A request path maps to a file only if, after decoding, it has no NUL,
 * no backslash, no `.`/`..`/hidden segment, and its real path (links resolved) is inside the build
 * folder; everything else is 400 or 404.
 */
export type StaticFiles = (request: IncomingMessage, response: ServerResponse, pathname: string) => Promise<void>;

export function createStaticFiles(rendererDir: string): StaticFiles {
  const rootPromise = fs.realpath(rendererDir).catch(() => path.resolve(rendererDir));

  return async (request, response, pathname) => {
    const requested = requestedFile(pathname);
    if (requested.kind === 'refused') return sendText(response, 400, 'Bad request');
    const root = await rootPromise;
    const file = await realFileInside(root, requested.kind === 'index' ? 'index.html' : requested.relative);
    if (!file) return sendText(response, 404, 'Not found');

    const isHtml = path.extname(file.path).toLowerCase() === '.html';
    response.statusCode = 200;
    response.setHeader('Content-Type', contentTypeFor(file.path));
    response.setHeader('Content-Length', file.size);
    response.setHeader('Cache-Control', isHtml ? 'no-store' : 'no-cache');
    if (request.method === 'HEAD') {
      response.end();
      return;
    }
    const stream = createReadStream(file.path);
    stream.on('error', () => response.destroy());
    stream.pipe(response);
  };
}

export type RequestedFile = { kind: 'index' } | { kind: 'file'; relative: string } | { kind: 'refused' };

/** What a URL path asks for below the build folder. */
export function requestedFile(pathname: string): RequestedFile {
  const refused: RequestedFile = { kind: 'refused' };
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return refused;
  }
  if (/[\\\0]/.test(pathname) || /[\\\0]/.test(decoded) || !decoded.startsWith('/')) return refused;
  const segments = decoded.split('/').filter((segment) => segment !== '');
  if (segments.some((segment) => segment.startsWith('.'))) return refused;
  return segments.length === 0 ? { kind: 'index' } : { kind: 'file', relative: segments.join('/') };
}

async function realFileInside(root: string, relative: string): Promise<{ path: string; size: number } | undefined> {
  try {
    const real = await fs.realpath(path.join(root, relative));
    if (!isInside(root, real)) return undefined;
    const stats = await fs.stat(real);
    return stats.isFile() ? { path: real, size: stats.size } : undefined;
  } catch {
    return undefined;
  }
}
