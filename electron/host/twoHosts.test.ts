import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tokenCookieName } from './accessToken';
import { startHostFixture, type HostFixture } from './hostFixture.testutil';
import { rawRequest } from './httpClient.testutil';

/**
 * Two Pipeboard hosts in one browser (two `npm start`s). Browsers send cookies to every port of
 * 127.0.0.1 whose path matches, so each host's cookie has its own name and is scoped to its own launch
 * path: neither host replaces nor receives the other's token.
 */

let first: HostFixture;
let second: HostFixture;
beforeAll(async () => {
  [first, second] = await Promise.all([startHostFixture(), startHostFixture()]);
});
afterAll(async () => {
  await Promise.all([first?.close(), second?.close()]);
});

async function cookieFromLaunchUrl(fixture: HostFixture): Promise<{ pair: string; path: string }> {
  const url = new URL(fixture.host.url);
  const response = await rawRequest({ port: fixture.host.port, path: `${url.pathname}${url.search}` });
  const [pair = '', ...attributes] = (response.headers['set-cookie']?.[0] ?? '').split('; ');
  const pathAttribute = attributes.find((attribute) => attribute.startsWith('Path=')) ?? 'Path=/';
  return { pair, path: pathAttribute.slice('Path='.length) };
}

/** RFC 6265 path-match: would a browser send a cookie with `cookiePath` to `requestPath`? */
function pathMatches(cookiePath: string, requestPath: string): boolean {
  return requestPath === cookiePath || (requestPath.startsWith(cookiePath) && (cookiePath.endsWith('/') || requestPath[cookiePath.length] === '/'));
}

describe('two hosts in one browser', () => {
  it('keep separate cookies: different names, each scoped to its own launch path', async () => {
    const a = await cookieFromLaunchUrl(first);
    const b = await cookieFromLaunchUrl(second);
    expect(a.pair.split('=')[0]).toBe(tokenCookieName(first.host.port));
    expect(b.pair.split('=')[0]).toBe(tokenCookieName(second.host.port));
    expect(a.pair.split('=')[0]).not.toBe(b.pair.split('=')[0]);
    // No page or call of the second host (nor any other path on any other local server) matches the first's cookie path.
    for (const requestPath of [second.host.launchPath, `${second.host.launchPath}api/saveDocument`, '/', '/api/info', '/index.html']) {
      expect(pathMatches(a.path, requestPath), requestPath).toBe(false);
    }
    expect(pathMatches(a.path, `${first.host.launchPath}api/autosave`)).toBe(true);
  });

  it("answer calls made with both hosts' cookies present, each with its own", async () => {
    const a = await cookieFromLaunchUrl(first);
    const b = await cookieFromLaunchUrl(second);
    const both = `${a.pair}; ${b.pair}`;
    for (const fixture of [first, second]) {
      const response = await rawRequest({
        port: fixture.host.port,
        path: `${fixture.host.launchPath}api/info`,
        method: 'POST',
        headers: { cookie: both, 'content-type': 'application/json' },
        body: '{"args":[]}',
      });
      expect(response.status).toBe(200);
    }
    // The other host's cookie alone is refused.
    const crossed = await rawRequest({
      port: second.host.port,
      path: `${second.host.launchPath}api/info`,
      method: 'POST',
      headers: { cookie: `${tokenCookieName(second.host.port)}=${a.pair.split('=')[1]}`, 'content-type': 'application/json' },
      body: '{"args":[]}',
    });
    expect(crossed.status).toBe(403);
  });
});
