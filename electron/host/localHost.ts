import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { API_PATH_PREFIX, TOKEN_QUERY } from '../../shared/ipc/wire';
import type { PlatformServices } from '../services/platformServices';
import { createAccessToken, createLaunchPath, requestHasToken, tokenCookie, tokenCookieName, tokensMatch } from './accessToken';
import { handleApiRequest } from './apiRequests';
import { allowedHosts, hostIsAllowed, originIsAllowed } from './requestOrigin';
import { sendJson, sendText } from './responses';
import { setSecurityHeaders } from './securityHeaders';
import { createStaticFiles } from './staticFiles';

const CLOSE_GRACE_MS = 2_000;

export interface LocalHostOptions {
  /** The renderer build (Vite's `dist/renderer`). */
  rendererDir: string;
  services: PlatformServices;
  /** 0 or absent: any free port. */
  port?: number;
}

export interface LocalHost {
  /** What to open in the browser, token included: `http://127.0.0.1:PORT/<launch path>/?token=…`. */
  url: string;
  /** The path the app lives under, `/<32 hex digits>/`; the token cookie is only sent there. */
  launchPath: string;
  token: string;
  port: number;
  close(): Promise<void>;
}

/**
 * The browser-mode host: serves the renderer and the platform bridge on 127.0.0.1 only, to a browser
 * holding this launch's token. The app lives under a per-launch path, to which the token cookie is
 * scoped. Order of checks on every request: Host header (DNS rebinding), token in the query (swapped
 * for a cookie by a redirect into the launch path), token cookie or header, then Origin for POSTs.
 */
export async function createLocalHost(options: LocalHostOptions): Promise<LocalHost> {
  const token = createAccessToken();
  const launchPath = createLaunchPath();
  const serveStatic = createStaticFiles(options.rendererDir);
  let hosts: ReadonlySet<string> = new Set();
  let cookieName = '';

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    setSecurityHeaders(response);
    if (!hostIsAllowed(request, hosts)) return sendText(response, 403, 'Forbidden');

    // Pages live under the launch path; a request with the token header may leave it out.
    const rawPath = (request.url ?? '/').split('?')[0] ?? '/';
    const inLaunchPath = rawPath.startsWith(launchPath);
    const appPath = inLaunchPath ? `/${rawPath.slice(launchPath.length)}` : rawPath;
    const url = new URL(request.url ?? '/', 'http://localhost');
    const queryToken = url.searchParams.get(TOKEN_QUERY);
    if (queryToken !== null) {
      if (!tokensMatch(token, queryToken)) return sendText(response, 403, 'Forbidden');
      url.searchParams.delete(TOKEN_QUERY);
      const target = new URL(appPath, 'http://localhost').pathname;
      response.statusCode = 302;
      response.setHeader('Set-Cookie', tokenCookie(token, cookieName, launchPath));
      response.setHeader('Location', `${launchPath}${target.slice(1)}${url.search}`);
      response.setHeader('Cache-Control', 'no-store');
      response.end();
      return;
    }
    if (!requestHasToken(request, token, cookieName)) return sendText(response, 403, 'Forbidden');
    const appUrl = new URL(appPath, 'http://localhost');

    if (appUrl.pathname.startsWith(API_PATH_PREFIX)) {
      if (request.method !== 'POST') {
        response.setHeader('Allow', 'POST');
        return sendJson(response, 405, { ok: false, code: 'bad-request', error: 'Bridge calls use POST.' });
      }
      if (!originIsAllowed(request)) return sendText(response, 403, 'Forbidden');
      return handleApiRequest(request, response, appUrl.pathname.slice(API_PATH_PREFIX.length), options.services);
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.setHeader('Allow', 'GET, HEAD');
      return sendText(response, 405, 'Method not allowed');
    }
    // The raw path, not url.pathname: URL parsing already folds `..` and backslashes, hiding the attempt.
    return serveStatic(request, response, appPath);
  };

  const server = createServer((request, response) => {
    handle(request, response).catch(() => {
      if (!response.headersSent) sendJson(response, 500, { ok: false, code: 'internal', error: 'The host failed.' });
      else response.destroy();
    });
  });
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('The local host is not listening on TCP.');
  const { port } = address;
  hosts = allowedHosts(port);
  cookieName = tokenCookieName(port);

  return {
    url: `http://127.0.0.1:${port}${launchPath}?${TOKEN_QUERY}=${token}`,
    launchPath,
    token,
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeIdleConnections();
        // Calls in flight (a save) get a moment to answer before their connections are cut.
        setTimeout(() => server.closeAllConnections(), CLOSE_GRACE_MS).unref();
      }),
  };
}
