import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appFileFor, createAppRequestHandler } from './appProtocol';
import { APP_CSP } from './contentSecurityPolicy';
import { makeTempDir, removeTempDir } from './services/testSupport.testutil';

let base: string;
let rendererDir: string;
beforeEach(async () => {
  base = await makeTempDir('pipeboard-protocol-');
  rendererDir = path.join(base, 'renderer');
  await fs.mkdir(path.join(rendererDir, 'assets'), { recursive: true });
  await fs.writeFile(path.join(rendererDir, 'index.html'), '<!doctype html><title>Pipeboard</title>');
  await fs.writeFile(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  await fs.writeFile(path.join(rendererDir, 'assets', 'S3 icon.svg'), '<svg/>');
  await fs.writeFile(path.join(rendererDir, '.hidden'), 'no');
  await fs.writeFile(path.join(base, 'secret.txt'), 'outside the build');
  await fs.symlink(path.join(base, 'secret.txt'), path.join(rendererDir, 'assets', 'link.txt'));
  await fs.symlink(base, path.join(rendererDir, 'assets', 'up'));
});
afterEach(async () => {
  await removeTempDir(base);
});

const get = (url: string, method = 'GET') => createAppRequestHandler(rendererDir)(new Request(url, { method }));

describe('app:// requests', () => {
  it('serves index.html for / and by name, with the CSP and a content type', async () => {
    for (const url of ['app://pipeboard/', 'app://pipeboard/index.html', 'app://pipeboard/index.html?x=1#frag']) {
      const response = await get(url);
      expect(response.status, url).toBe(200);
      expect(await response.text()).toContain('<title>Pipeboard</title>');
      expect(response.headers.get('content-security-policy')).toBe(APP_CSP);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });

  it('serves assets, including percent-encoded names', async () => {
    const script = await get('app://pipeboard/assets/app.js');
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('console.log(1)');
    const icon = await get('app://pipeboard/assets/S3%20icon.svg');
    expect(icon.status).toBe(200);
    expect(icon.headers.get('content-type')).toBe('image/svg+xml');
  });

  it('answers HEAD without a body', async () => {
    const response = await get('app://pipeboard/assets/app.js', 'HEAD');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-length')).toBe('14');
    expect(await response.text()).toBe('');
  });

  it('refuses other methods', async () => {
    const response = await get('app://pipeboard/index.html', 'POST');
    expect(response.status).toBe(405);
    expect(response.headers.get('content-security-policy')).toBe(APP_CSP);
  });

  it.each([
    'app://pipeboard/%2e%2e/secret.txt',
    'app://pipeboard/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    'app://pipeboard/assets/..%2f..%2fsecret.txt',
    'app://pipeboard/assets/..%5c..%5csecret.txt',
    'app://pipeboard/assets%5c..%5c..%5csecret.txt',
    'app://pipeboard/%00index.html',
    'app://pipeboard/.hidden',
    'app://pipeboard/assets/%2ehidden',
  ])('refuses traversal and hidden names: %s', async (url) => {
    const response = await get(url);
    expect([400, 404]).toContain(response.status);
    expect(await response.text()).not.toContain('outside the build');
  });

  it('does not follow links out of the build folder', async () => {
    expect((await get('app://pipeboard/assets/link.txt')).status).toBe(404);
    expect((await get('app://pipeboard/assets/up/secret.txt')).status).toBe(404);
  });

  it('refuses other hosts and schemes', async () => {
    for (const url of ['app://other/index.html', 'https://pipeboard/index.html', 'file:///index.html']) {
      expect((await get(url)).status, url).toBe(400);
    }
    // (Fetch refuses to build a Request with credentials; the mapping refuses them too.)
    expect(await appFileFor('app://user@pipeboard/index.html', await fs.realpath(rendererDir))).toEqual({ kind: 'refused' });
  });

  it('answers 404 for missing files and folders', async () => {
    expect((await get('app://pipeboard/nope.js')).status).toBe(404);
    expect((await get('app://pipeboard/assets')).status).toBe(404);
  });

  it('maps a URL to a real path inside the folder, or to nothing', async () => {
    const root = await fs.realpath(rendererDir);
    expect(await appFileFor('app://pipeboard/assets/app.js', root)).toEqual({ kind: 'file', path: path.join(root, 'assets', 'app.js') });
    expect(await appFileFor('app://pipeboard/assets/link.txt', root)).toEqual({ kind: 'missing' });
    // The URL parser already folds `/../` away, so this names <root>/secret.txt, which does not exist.
    expect(await appFileFor('app://pipeboard/../secret.txt', root)).toEqual({ kind: 'missing' });
  });
});
