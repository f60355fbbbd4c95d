// Where the Electron runtime (the binary the `electron` npm package downloads lazily from GitHub) is,
// and one attempt to fetch it. Used by start.mjs and dist.mjs; no Electron import.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import https from 'node:https';
import path from 'node:path';

/** The runtime if it is installed: `node_modules/electron/path.txt` names a binary that exists. */
export function findElectronRuntime(repoRoot) {
  const packageDir = path.join(repoRoot, 'node_modules', 'electron');
  if (!existsSync(path.join(packageDir, 'package.json'))) {
    return { ok: false, reason: 'the electron package is not installed (run npm install)' };
  }
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const pathFile = path.join(packageDir, 'path.txt');
  if (!existsSync(pathFile) && !override) return { ok: false, reason: 'the Electron runtime has not been downloaded yet' };
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : 'electron';
  const executable = override ? path.join(override, relative) : path.join(packageDir, 'dist', relative);
  if (!existsSync(executable)) return { ok: false, reason: `the Electron runtime is missing (${executable})` };
  return { ok: true, executable };
}

/**
 * Runs the electron package's own installer once (it downloads the runtime from GitHub, or
 * ELECTRON_MIRROR). Resolves to { ok } or { ok: false, reason } with one readable reason.
 */
export async function installElectronRuntime(repoRoot, { timeoutMs = 10 * 60_000 } = {}) {
  const installer = path.join(repoRoot, 'node_modules', 'electron', 'install.js');
  if (!existsSync(installer)) return { ok: false, reason: 'the electron package is not installed (run npm install)' };
  const run = await new Promise((resolve) => {
    const child = spawn(process.execPath, [installer], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      output += `\nthe download did not finish within ${Math.round(timeoutMs / 1000)} s`;
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ code: 1, output: `${output}\n${error.message}` });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
  if (run.code === 0 && findElectronRuntime(repoRoot).ok) return { ok: true };
  const probe = process.env.ELECTRON_MIRROR ? undefined : await probeHttps('github.com');
  return { ok: false, reason: describeInstallFailure(run.output, probe) };
}

/**
 * One line from the installer's output (its error, not its stack), plus why GitHub could not be
 * reached when a probe says so: "fetch failed; github.com: getaddrinfo ENOTFOUND github.com".
 */
export function describeInstallFailure(output, probe) {
  const lines = String(output)
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('at ') && !line.startsWith('node:') && !/^\^+$/.test(line));
  const errorLine = lines.find((line) => /error|failed|ENOTFOUND|ECONN|ETIMEDOUT|EAI_AGAIN|refused|timed out|did not finish/i.test(line)) ?? lines.at(-1);
  const parts = [];
  if (errorLine) parts.push(errorLine.replace(/^(TypeError|Error|RequestError|HTTPError):\s*/, ''));
  if (probe && !probe.ok) parts.push(`${probe.host}: ${probe.reason}`);
  return parts.length > 0 ? parts.join('; ') : 'the installer failed without saying why';
}

/** Whether an HTTPS connection to `host` gets any answer within the time limit. */
export function probeHttps(host, timeoutMs = 5000) {
  return new Promise((resolve) => {
    const request = https.request({ host, method: 'HEAD', path: '/', timeout: timeoutMs }, (response) => {
      response.resume();
      resolve({ ok: true, host, status: response.statusCode });
    });
    request.on('timeout', () => request.destroy(new Error(`no answer within ${Math.round(timeoutMs / 1000)} s`)));
    request.on('error', (error) => resolve({ ok: false, host, reason: error.message || error.code || String(error) }));
    request.end();
  });
}
