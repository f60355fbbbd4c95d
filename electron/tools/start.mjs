// `npm start`: builds the renderer and the Electron bundles, then runs Pipeboard in Electron, or, when
// the Electron runtime cannot be had (or PIPEBOARD_BROWSER_MODE=1), in browser mode: the same app
// served by the local host (electron/host/main.ts, bundled to dist/host) on 127.0.0.1, reading and
// writing real files.
// Arguments after `--` go to Electron (a file to open) or to the host (--port, --workspace, …).
// Ctrl+C stops it.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { buildElectron } from './build-electron.mjs';
import { buildHost } from './build-host.mjs';
import { findElectronRuntime, installElectronRuntime } from './electronRuntime.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const passThrough = process.argv.slice(2);
const say = (text) => process.stderr.write(`${text}\n`);

async function main() {
  say('Building the renderer (vite build)…');
  const vite = spawnSync(process.execPath, [path.join(repoRoot, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'], {
    cwd: repoRoot,
    stdio: 'inherit',
  });
  if (vite.status !== 0) return fail('The renderer build failed (see above).');
  say('Building the Electron bundles…');
  await buildElectron({ quiet: true });

  const browserModeAsked = process.env.PIPEBOARD_BROWSER_MODE === '1';
  let reason = 'PIPEBOARD_BROWSER_MODE=1 is set';
  if (!browserModeAsked) {
    let runtime = findElectronRuntime(repoRoot);
    if (!runtime.ok) {
      say('Fetching the Electron runtime (once)…');
      const installed = await installElectronRuntime(repoRoot);
      runtime = installed.ok ? findElectronRuntime(repoRoot) : { ok: false, reason: installed.reason };
    }
    if (runtime.ok) return runChild(runtime.executable, [path.join(repoRoot, 'dist', 'electron', 'main.js'), ...passThrough], 'Electron');
    reason = `the Electron runtime could not be downloaded (${runtime.reason})`;
  }

  say('');
  say(
    `Pipeboard is running in browser mode, because ${reason}. It is the same app, ` +
      'in your web browser instead of its own window, and it reads and writes real files on this machine ' +
      '(in ~/Pipeboard and any folder given with --workspace). Only this machine can connect, and only with ' +
      'the link below, which carries a token made for this launch (valid until you stop it).',
  );
  say('');
  const host = await buildHost({ quiet: true });
  // The exporters find their fonts next to their source; the bundle is elsewhere.
  process.env.PIPEBOARD_FONTS_DIR ??= path.join(repoRoot, 'electron', 'assets', 'fonts');
  return runChild(process.execPath, [host, ...passThrough], 'The browser-mode host', (line) => {
    const url = /(https?:\/\/\S+)/.exec(line)?.[1];
    if (url) {
      process.stdout.write(`Open Pipeboard at: ${url}\n`);
      say('Press Ctrl+C to stop.');
    } else {
      process.stdout.write(`${line}\n`);
    }
  });
}

/**
 * Runs the app and exits with it. Ctrl+C reaches the child directly (same process group); a signal
 * sent only to this process is passed on if the child has not stopped by itself shortly after.
 */
function runChild(command, args, name, onLine) {
  return new Promise(() => {
    const child = spawn(command, args, { cwd: repoRoot, stdio: ['inherit', onLine ? 'pipe' : 'inherit', 'inherit'] });
    if (onLine) createInterface({ input: child.stdout }).on('line', onLine);
    let stopping = false;
    const stop = (signal) => {
      if (stopping) return;
      stopping = true;
      setTimeout(() => {
        if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      }, 2500).unref();
    };
    process.on('SIGINT', () => stop('SIGINT'));
    process.on('SIGTERM', () => stop('SIGTERM'));
    child.on('error', (error) => fail(`${name} could not be started: ${error.message}`));
    child.on('exit', (code, signal) => {
      if (stopping) process.exit(code === 0 || signal === 'SIGINT' || signal === 'SIGTERM' ? 0 : (code ?? 1));
      if (code !== 0) say(`${name} stopped (${signal ?? `exit code ${code}`}).`);
      process.exit(code ?? 1);
    });
  });
}

function fail(message) {
  say(message);
  process.exit(1);
}

main().catch((error) => fail(error instanceof Error ? error.message : String(error)));
