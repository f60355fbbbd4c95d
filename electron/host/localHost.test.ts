import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tokenCookieName } from './accessToken';
import { listFilesRecursively, sampleDocument } from '../services/testSupport.testutil';
import { SENTINEL, startHostFixture, type HostFixture } from './hostFixture.testutil';
import { rawRequest, rawSocketRequest } from './httpClient.testutil';
import { CONTENT_SECURITY_POLICY } from './securityHeaders';

let fixture: HostFixture;
beforeAll(async () => {
  fixture = await startHostFixture();
});
afterAll(async () => {
  await fixture.close();
});

const port = () => fixture.host.port;

describe('access', () => {
  it('listens on 127.0.0.1 and prints a URL under its launch path with a 64-hex-digit token', () => {
    expect(fixture.host.launchPath).toMatch(/^\/[0-9a-f]{32}\/$/);
    expect(fixture.host.url).toBe(`http://127.0.0.1:${port()}${fixture.host.launchPath}?token=${fixture.host.token}`);
    expect(fixture.host.token).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses requests without the token', async () => {
    for (const requestPath of ['/', '/index.html', '/assets/app.js', fixture.host.launchPath, `${fixture.host.launchPath}index.html`]) {
      expect((await rawRequest({ port: port(), path: requestPath })).status).toBe(403);
    }
    const api = await rawRequest({ port: port(), path: '/api/info', method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"args":[]}' });
    expect(api.status).toBe(403);
  });

  it('refuses a wrong token in the query, the header or the cookie', async () => {
    const wrong = 'f'.repeat(64);
    expect((await rawRequest({ port: port(), path: `/?token=${wrong}` })).status).toBe(403);
    expect((await rawRequest({ port: port(), path: '/', headers: { 'x-pipeboard-token': wrong } })).status).toBe(403);
    const cookieName = tokenCookieName(port());
    const launch = fixture.host.launchPath;
    expect((await rawRequest({ port: port(), path: launch, headers: { cookie: `${cookieName}=${wrong}` } })).status).toBe(403);
    expect((await rawRequest({ port: port(), path: launch, headers: { cookie: `${cookieName}=` } })).status).toBe(403);
    // Another port's cookie name does not count, even with the right value.
    expect((await rawRequest({ port: port(), path: launch, headers: { cookie: `${tokenCookieName(port() + 1)}=${fixture.host.token}` } })).status).toBe(403);
  });

  it('swaps the token in the query for an HttpOnly, SameSite=Strict cookie named for its port and scoped to the launch path', async () => {
    const launch = fixture.host.launchPath;
    const response = await rawRequest({ port: port(), path: `${launch}?token=${fixture.host.token}` });
    expect(response.status).toBe(302);
    expect(response.headers.location).toBe(launch);
    const cookie = response.headers['set-cookie']?.[0] ?? '';
    expect(cookie.split('; ')).toEqual([`${tokenCookieName(port())}=${fixture.host.token}`, 'HttpOnly', 'SameSite=Strict', `Path=${launch}`]);

    const deep = await rawRequest({ port: port(), path: `${launch}assets/app.js?x=1&token=${fixture.host.token}` });
    expect(deep.headers.location).toBe(`${launch}assets/app.js?x=1`);
    // An old link without the launch path still lands in it.
    expect((await rawRequest({ port: port(), path: `/?token=${fixture.host.token}` })).headers.location).toBe(launch);
  });

  it('accepts the token as a header', async () => {
    const response = await rawRequest({ port: port(), path: '/', headers: { 'x-pipeboard-token': fixture.host.token } });
    expect(response.status).toBe(200);
  });

  it('refuses a foreign Host header (DNS rebinding), even with the token', async () => {
    for (const host of ['evil.example', `evil.example:${port()}`, `127.0.0.1:${port() + 1}`, `[::1]:${port()}`, `127.0.0.1.nip.io:${port()}`]) {
      const response = await fixture.get('/', { host });
      expect(response.status, host).toBe(403);
    }
    expect((await fixture.get('/', { host: `localhost:${port()}` })).status).toBe(200);
    const noHost = await rawSocketRequest(port(), `GET / HTTP/1.0\r\nX-Pipeboard-Token: ${fixture.host.token}\r\n\r\n`);
    expect(noHost).toMatch(/^HTTP\/1\.[01] 403/);
  });

  it('refuses a POST from another Origin and accepts our own or none', async () => {
    for (const origin of ['http://evil.example', 'null', `http://127.0.0.1:${port() + 1}`, `https://127.0.0.1:${port()}`]) {
      expect((await fixture.api('info', [], { origin })).status, origin).toBe(403);
    }
    expect((await fixture.api('info', [], { origin: `http://127.0.0.1:${port()}` })).status).toBe(200);
    expect((await fixture.api('info', [])).status).toBe(200);
  });
});

describe('static files', () => {
  it('serves index.html for / with security headers and no caching', async () => {
    const response = await fixture.get('/');
    expect(response.status).toBe(200);
    expect(response.body).toContain('<title>Pipeboard</title>');
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-src 'none'; frame-ancestors 'none'",
    );
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
  });

  it('serves assets with their content type', async () => {
    const response = await fixture.get('/assets/app.js');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(response.body).toBe('console.log("pipeboard");');
  });

  it('puts the security headers on refusals too', async () => {
    const response = await rawRequest({ port: port(), path: '/' });
    expect(response.status).toBe(403);
    expect(response.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });

  it('never serves a file outside the build folder', async () => {
    await fs.symlink(path.join(fixture.base, 'secret.txt'), path.join(fixture.rendererDir, 'assets', 'linked.txt'));
    const attempts = [
      '/../package.json',
      '/../secret.txt',
      '/assets/../../package.json',
      '/%2e%2e/package.json',
      '/%2E%2E/secret.txt',
      '/%2e%2e%2fpackage.json',
      '/assets/%2e%2e/%2e%2e/secret.txt',
      '/..%2f..%2fsecret.txt',
      '/..\\package.json',
      '/assets/..%5c..%5csecret.txt',
      '/%5c..%5csecret.txt',
      '/index.html%00.js',
      '//..//secret.txt',
      '/%252e%252e/secret.txt',
      '/assets/linked.txt',
      `/${fixture.base}/secret.txt`,
      '/.%2e/secret.txt',
      'http://evil/../secret.txt',
      '/%',
    ];
    for (const attempt of attempts) {
      const response = await fixture.get(attempt);
      expect([400, 404], attempt).toContain(response.status);
      expect(response.body, attempt).not.toContain(SENTINEL);
    }
    // Node's client will not send a raw NUL; a socket will.
    const token = fixture.host.token;
    const nul = await rawSocketRequest(port(), `GET /index.html\0 HTTP/1.1\r\nHost: 127.0.0.1:${port()}\r\nX-Pipeboard-Token: ${token}\r\n\r\n`);
    expect(nul).toMatch(/^HTTP\/1\.1 400/);
    expect(nul).not.toContain(SENTINEL);
  });

  it('answers 404 for missing files and 405 for other methods', async () => {
    expect((await fixture.get('/missing.js')).status).toBe(404);
    expect((await fixture.get('/assets')).status).toBe(404);
    const put = await rawRequest({ port: port(), path: '/index.html', method: 'PUT', headers: { 'x-pipeboard-token': fixture.host.token } });
    expect(put.status).toBe(405);
  });
});

describe('bridge API', () => {
  it('answers a call with { ok: true, value }', async () => {
    const response = await fixture.api('info', []);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(JSON.parse(response.body)).toEqual({
      ok: true,
      value: { kind: 'browser', documentsFolder: fixture.workspace, platform: process.platform },
    });
  });

  it('saves and opens a design inside the workspace', async () => {
    const file = path.join(fixture.workspace, 'roundtrip.pipeboard.json');
    const document = sampleDocument(3);
    const saved = JSON.parse((await fixture.api('saveDocument', [{ path: file, document }])).body);
    expect(saved).toMatchObject({ ok: true, value: { ok: true, path: file } });
    const opened = JSON.parse((await fixture.api('openDocument', [file])).body);
    expect(opened).toMatchObject({ ok: true, value: { ok: true, document, mtimeMs: saved.value.mtimeMs } });
    await fs.rm(file);
    await fs.rm(`${file}.bak`, { force: true });
  });

  it('answers malformed requests with 400 and a typed error, writing nothing', async () => {
    const before = await listFilesRecursively(fixture.base);
    const cookie = `${tokenCookieName(port())}=${fixture.host.token}`;
    const post = (requestPath: string, body: string, contentType = 'application/json') =>
      rawRequest({ port: port(), path: requestPath, method: 'POST', headers: { cookie, 'content-type': contentType }, body });
    const cases: [Promise<{ status: number; body: string }>, string][] = [
      [post('/api/saveDocument', 'not json'), 'bad-request'],
      [post('/api/saveDocument', '[1,2]'), 'bad-request'],
      [post('/api/saveDocument', '{"args":{"path":"x"}}'), 'bad-request'],
      [post('/api/saveDocument', '{"args":[]}', 'text/plain'), 'bad-request'],
      [post('/api/deleteEverything', '{"args":[]}'), 'unknown-method'],
      [post('/api/__proto__', '{"args":[]}'), 'unknown-method'],
      [post('/api/saveDocument', JSON.stringify({ args: [{ path: path.join(fixture.workspace, 'x.pipeboard.json') }] })), 'invalid-argument'],
      [post('/api/saveDocument', JSON.stringify({ args: [{ path: path.join(fixture.workspace, 'x.pipeboard.json'), document: { format: 'pipeboard' } }] })), 'invalid-argument'],
      [post('/api/openDocument', '{"args":[42]}'), 'invalid-argument'],
    ];
    for (const [pending, code] of cases) {
      const response = await pending;
      expect(response.status, code).toBe(400);
      const body = JSON.parse(response.body);
      expect(body).toMatchObject({ ok: false, code });
      expect(typeof body.error).toBe('string');
    }
    expect(await listFilesRecursively(fixture.base)).toEqual(before);
  });

  it('refuses to save or export outside the workspace, by ../ or by absolute path', async () => {
    const before = await listFilesRecursively(fixture.base);
    const targets = [
      path.join(fixture.workspace, '..', 'escaped.pipeboard.json'),
      `${fixture.workspace}/../renderer/index.html`,
      path.join(fixture.base, 'escaped.pipeboard.json'),
      path.join(fixture.rendererDir, 'assets', 'app.js'),
      '/tmp/pipeboard-escaped.pipeboard.json',
    ];
    for (const target of targets) {
      const saved = await fixture.api('saveDocument', [{ path: target, document: sampleDocument() }]);
      expect(saved.status, target).toBe(400);
      expect(JSON.parse(saved.body)).toMatchObject({ ok: false, code: 'outside-workspace' });
      const include = { cost: true, issues: true, notes: true };
      for (const format of ['svg', 'md'] as const) {
        const designed = await fixture.api('exportDesign', [{ path: target, format, document: sampleDocument(), theme: 'light', include }]);
        expect(JSON.parse(designed.body), `${format} ${target}`).toMatchObject({ ok: false, code: 'outside-workspace' });
      }
    }
    expect(await listFilesRecursively(fixture.base)).toEqual(before);
    await expect(fs.stat('/tmp/pipeboard-escaped.pipeboard.json')).rejects.toThrow();
    expect((await fixture.get('/assets/app.js')).body).toBe('console.log("pipeboard");');
  });

  it('exports a design inside the workspace with the CLI\'s exporters, and opens the image again', async () => {
    const target = path.join(fixture.workspace, 'sheet.svg');
    const include = { cost: true, issues: false, notes: true };
    const exported = await fixture.api('exportDesign', [{ path: target, format: 'svg', document: sampleDocument(2), theme: 'dark', include }]);
    expect(exported.status).toBe(200);
    expect(JSON.parse(exported.body)).toMatchObject({ ok: true, value: { ok: true, path: target, alsoWritten: [], notes: [] } });
    const opened = JSON.parse((await fixture.api('openDocument', [target])).body) as { ok: boolean; value: { ok: boolean; kind?: string } };
    expect(opened).toMatchObject({ ok: true, value: { ok: true, kind: 'svg' } });
  });

  it('refuses GET on the API and an oversized body', async () => {
    expect((await fixture.get('/api/info')).status).toBe(405);
    const huge = Buffer.alloc(31 * 1024 * 1024, 0x20);
    const response = await rawRequest({
      port: port(),
      path: '/api/autosave',
      method: 'POST',
      headers: { 'x-pipeboard-token': fixture.host.token, 'content-type': 'application/json' },
      body: huge,
    });
    expect(response.status).toBe(413);
    expect(JSON.parse(response.body)).toMatchObject({ ok: false, code: 'bad-request' });
    expect((await fixture.api('info', [])).status).toBe(200);
  });
});
