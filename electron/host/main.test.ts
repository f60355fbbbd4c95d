import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir, removeTempDir } from '../services/testSupport.testutil';
import { rawRequest } from './httpClient.testutil';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '..', '..');

let base: string;
beforeEach(async () => {
  base = await makeTempDir('pipeboard-main-');
  await fs.mkdir(path.join(base, 'renderer'));
  await fs.writeFile(path.join(base, 'renderer', 'index.html'), '<!doctype html><title>Pipeboard</title>');
  await fs.mkdir(path.join(base, 'extra'));
});
afterEach(async () => {
  await removeTempDir(base);
});

function startMain(args: string[], env: Record<string, string> = {}): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, ['--import', 'tsx', path.join(here, 'main.ts'), ...args], {
    cwd: repoRoot,
    env: { ...process.env, HOME: path.join(base, 'home'), XDG_CONFIG_HOME: '', PIPEBOARD_DATA_DIR: '', ...env },
  });
}

function firstLine(child: ChildProcessWithoutNullStreams): Promise<string> {
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (stdout.includes('\n')) resolve(stdout.split('\n')[0] ?? '');
    });
    child.on('exit', (code) => reject(new Error(`exited with ${code}: ${stderr}`)));
  });
}

function exitOf(child: ChildProcessWithoutNullStreams): Promise<number | null> {
  return new Promise((resolve) => child.on('exit', (code) => resolve(code)));
}

describe('electron/host/main.ts', () => {
  it('prints one line with the URL, serves the app, and stops cleanly on SIGTERM', async () => {
    const child = startMain(['--workspace', path.join(base, 'extra'), '--renderer-dir', path.join(base, 'renderer')], {
      PIPEBOARD_DATA_DIR: path.join(base, 'data'),
    });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const line = await firstLine(child);
    const match = /^Pipeboard \(browser mode\) at http:\/\/127\.0\.0\.1:(\d+)\/[0-9a-f]{32}\/\?token=([0-9a-f]{64})$/.exec(line);
    expect(match, line).not.toBeNull();
    const port = Number(match?.[1]);
    const token = match?.[2] ?? '';

    const page = await rawRequest({ port, path: '/', headers: { 'x-pipeboard-token': token } });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Pipeboard</title>');
    const info = await rawRequest({
      port,
      path: '/api/info',
      method: 'POST',
      headers: { 'x-pipeboard-token': token, 'content-type': 'application/json' },
      body: '{"args":[]}',
    });
    expect(JSON.parse(info.body)).toMatchObject({ ok: true, value: { kind: 'browser', documentsFolder: path.join(base, 'home', 'Pipeboard') } });
    const extra = await rawRequest({
      port,
      path: '/api/listDirectory',
      method: 'POST',
      headers: { 'x-pipeboard-token': token, 'content-type': 'application/json' },
      body: JSON.stringify({ args: [path.join(base, 'extra')] }),
    });
    expect(extra.status).toBe(200);
    await rawRequest({
      port,
      path: '/api/setSettings',
      method: 'POST',
      headers: { 'x-pipeboard-token': token, 'content-type': 'application/json' },
      body: JSON.stringify({ args: [{ theme: 'dark' }] }),
    });

    const exited = exitOf(child);
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(stdout.trimEnd().split('\n')).toHaveLength(1);
    expect((await fs.stat(path.join(base, 'home', 'Pipeboard'))).isDirectory()).toBe(true);
    expect(JSON.parse(await fs.readFile(path.join(base, 'data', 'settings.json'), 'utf8'))).toMatchObject({ theme: 'dark' });
  });

  it('uses the port asked for and stops on SIGINT', async () => {
    const probe = await import('node:net').then(
      (net) =>
        new Promise<number>((resolve) => {
          const server = net.createServer().listen(0, '127.0.0.1', () => {
            const address = server.address();
            server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
          });
        }),
    );
    const child = startMain(['--port', String(probe), '--data-dir', path.join(base, 'd2'), '--renderer-dir', path.join(base, 'renderer')]);
    const line = await firstLine(child);
    expect(line).toMatch(new RegExp(`http://127\\.0\\.0\\.1:${probe}/[0-9a-f]{32}/\\?token=`));
    const exited = exitOf(child);
    child.kill('SIGINT');
    expect(await exited).toBe(0);
  });

  it('exits with usage on a bad flag', async () => {
    const child = startMain(['--port', 'nope']);
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    expect(await exitOf(child)).toBe(2);
    expect(stderr).toMatch(/--port/);
    expect(stderr).toMatch(/Usage/);
  });
});
