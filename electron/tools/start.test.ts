import { spawn } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawRequest } from '../host/httpClient.testutil';
import { makeTempDir, removeTempDir } from '../services/testSupport.testutil';
// @ts-expect-error: a plain .mjs tool without type declarations
import { describeInstallFailure, findElectronRuntime } from './electronRuntime.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
let base: string;
beforeAll(async () => {
  base = await makeTempDir('pipeboard-start-');
});
afterAll(async () => {
  await removeTempDir(base);
});

describe('the Electron runtime check', () => {
  it('finds the runtime only when path.txt names a binary that exists', async () => {
    const root = path.join(base, 'repo');
    const pkg = path.join(root, 'node_modules', 'electron');
    expect(findElectronRuntime(root)).toMatchObject({ ok: false, reason: expect.stringContaining('not installed') });
    await fs.mkdir(path.join(pkg, 'dist'), { recursive: true });
    await fs.writeFile(path.join(pkg, 'package.json'), '{}');
    expect(findElectronRuntime(root)).toMatchObject({ ok: false, reason: expect.stringContaining('not been downloaded') });
    await fs.writeFile(path.join(pkg, 'path.txt'), 'electron');
    expect(findElectronRuntime(root)).toMatchObject({ ok: false, reason: expect.stringContaining('missing') });
    await fs.writeFile(path.join(pkg, 'dist', 'electron'), '');
    expect(findElectronRuntime(root)).toEqual({ ok: true, executable: path.join(pkg, 'dist', 'electron') });
  });

  it('turns an installer failure into one line, with why GitHub is out of reach', () => {
    const output = 'TypeError: fetch failed\n    at node:internal/deps/undici/undici:14976:13\n    at async FetchDownloader.download (file:///x.js:46:30)\n';
    expect(describeInstallFailure(output, { ok: false, host: 'github.com', reason: 'getaddrinfo ENOTFOUND github.com' })).toBe(
      'fetch failed; github.com: getaddrinfo ENOTFOUND github.com',
    );
    expect(describeInstallFailure('HTTPError: Response code 404 (Not Found) for https://x\n', { ok: true, host: 'github.com' })).toBe(
      'Response code 404 (Not Found) for https://x',
    );
    expect(describeInstallFailure('', undefined)).toBe('the installer failed without saying why');
  });
});

describe('npm start in browser mode', () => {
  it('builds, says why it is in browser mode, serves the app to the token holder only, and stops cleanly', async () => {
    const home = path.join(base, 'home');
    const child = spawn(process.execPath, [path.join(repoRoot, 'electron', 'tools', 'start.mjs')], {
      cwd: repoRoot,
      env: { ...process.env, PIPEBOARD_BROWSER_MODE: '1', HOME: home, PIPEBOARD_DATA_DIR: path.join(base, 'data'), XDG_CONFIG_HOME: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        const match = /^Open Pipeboard at: (http:\/\/127\.0\.0\.1:\d+\/[0-9a-f]{32}\/\?token=[0-9a-f]+)$/m.exec(stdout);
        if (match?.[1]) resolve(match[1]);
      });
      void exited.then((code) => reject(new Error(`start.mjs exited (${code}): ${stderr}`)));
    });

    expect(stderr).toContain('Pipeboard is running in browser mode, because PIPEBOARD_BROWSER_MODE=1 is set.');
    expect(stderr).not.toContain('one-time');
    expect(stderr).toContain('a token made for this launch');
    expect(existsSync(path.join(repoRoot, 'dist', 'electron', 'main.js'))).toBe(true);
    const { port, searchParams } = new URL(url);
    const token = searchParams.get('token') ?? '';
    const page = await rawRequest({ port: Number(port), path: '/', headers: { 'x-pipeboard-token': token } });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<div id="root">');
    expect((await rawRequest({ port: Number(port), path: '/' })).status).toBe(403);
    expect(existsSync(path.join(home, 'Pipeboard'))).toBe(true);

    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    await expect(rawRequest({ port: Number(port), path: '/', headers: { 'x-pipeboard-token': token } })).rejects.toThrow();
  }, 90_000);
});
