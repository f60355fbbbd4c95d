import { promises as fs } from 'node:fs';
import path from 'node:path';
import { createPlatformServices, type PlatformServicesOptions } from '../services/platformServices';
import { tokenCookieName } from './accessToken';
import { makeTempDir, removeTempDir } from '../services/testSupport.testutil';
import { rawRequest, type RawResponse } from './httpClient.testutil';
import { createLocalHost, type LocalHost } from './localHost';

export const SENTINEL = 'TOP-SECRET-SENTINEL-4b1d';

export interface HostFixture {
  base: string;
  rendererDir: string;
  workspace: string;
  dataDir: string;
  host: LocalHost;
  /** Authenticated POST /api/<method> with JSON `{ args }`. */
  api(method: string, args: unknown, headers?: Record<string, string>): Promise<RawResponse>;
  /** Authenticated POST /api/<method> with `body` sent as it is. */
  apiRaw(method: string, body: string): Promise<RawResponse>;
  /** Authenticated request with the session cookie, for `requestPath` under the launch path. */
  get(requestPath: string, headers?: Record<string, string>): Promise<RawResponse>;
  close(): Promise<void>;
}

/**
 * A real host on 127.0.0.1 over real services, with a fake renderer build (index.html, one script)
 * and, next to it, files that must never be served or written: `package.json` and `secret.txt` hold
 * SENTINEL.
 */
export async function startHostFixture(options: Pick<PlatformServicesOptions, 'workerLimits'> = {}): Promise<HostFixture> {
  const base = await makeTempDir('pipeboard-host-');
  const rendererDir = path.join(base, 'renderer');
  const workspace = path.join(base, 'workspace');
  const dataDir = path.join(base, 'data');
  await fs.mkdir(path.join(rendererDir, 'assets'), { recursive: true });
  await fs.mkdir(workspace);
  await fs.writeFile(path.join(rendererDir, 'index.html'), '<!doctype html><title>Pipeboard</title><script type="module" src="/assets/app.js"></script>');
  await fs.writeFile(path.join(rendererDir, 'assets', 'app.js'), 'console.log("pipeboard");');
  await fs.writeFile(path.join(base, 'package.json'), JSON.stringify({ name: SENTINEL }));
  await fs.writeFile(path.join(base, 'secret.txt'), SENTINEL);

  const services = await createPlatformServices({ kind: 'browser', dataDir, roots: [workspace], ...options });
  const host = await createLocalHost({ rendererDir, services });
  const cookie = `${tokenCookieName(host.port)}=${host.token}`;
  /** What the browser requests: every page and call under the launch path, the cookie scoped to it. */
  const under = (requestPath: string) => `${host.launchPath}${requestPath.replace(/^\//, '')}`;
  const apiRaw = (method: string, body: string, headers: Record<string, string> = {}) =>
    rawRequest({
      port: host.port,
      path: under(`/api/${encodeURIComponent(method)}`),
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, ...headers },
      body,
    });

  return {
    base,
    rendererDir,
    workspace,
    dataDir,
    host,
    api: (method, args, headers = {}) => apiRaw(method, JSON.stringify({ args }), headers),
    apiRaw: (method, body) => apiRaw(method, body),
    get: (requestPath, headers = {}) => rawRequest({ port: host.port, path: under(requestPath), headers: { cookie, ...headers } }),
    close: async () => {
      await host.close();
      await removeTempDir(base);
    },
  };
}
