// `npm run dist [-- electron-builder options]`: packages Pipeboard with electron-builder
// (electron-builder.json: AppImage + deb on Linux, NSIS on Windows, dmg on macOS, icon, file
// association, fuses) for the current OS into dist/packages. `npm run dist -- --dir` makes the
// unpacked app only.
//
// Packaging needs the Electron runtime for the target, which electron-builder downloads from GitHub
// (or ELECTRON_MIRROR) unless it is already in the Electron cache. When it cannot be had, this
// prints ONE line saying so and exits 1, instead of electron-builder's stack trace.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildElectron } from './build-electron.mjs';
import { probeHttps } from './electronRuntime.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const UNREACHABLE = 'Packaging needs the Electron runtime from GitHub, which this machine cannot reach';

/** Output that means the download of Electron (or another packaging tool) failed for lack of network. */
const NETWORK_FAILURE =
  /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH|getaddrinfo|no such host|dial tcp|fetch failed|socket hang up|network is unreachable|unable to download|cannot download/i;

export function electronVersion() {
  return JSON.parse(readFileSync(path.join(repoRoot, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
}

/** A cached runtime zip for this version and platform (@electron/get's cache), if there is one. */
export function cachedElectronZip(version, { platform = process.platform, arch = process.arch, cacheRoot } = {}) {
  const name = `electron-v${version}-${platform}-${arch}.zip`;
  const roots = [
    cacheRoot,
    process.env.electron_config_cache,
    process.env.ELECTRON_CACHE,
    platform === 'darwin' ? path.join(os.homedir(), 'Library', 'Caches', 'electron') : undefined,
    platform === 'win32' && process.env.LOCALAPPDATA ? path.join(process.env.LOCALAPPDATA, 'electron', 'Cache') : undefined,
    path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'electron'),
  ].filter(Boolean);
  for (const root of roots) {
    if (!existsSync(root)) continue;
    if (existsSync(path.join(root, name))) return path.join(root, name);
    for (const entry of readdirSync(root, { withFileTypes: true })) {
      if (entry.isDirectory() && existsSync(path.join(root, entry.name, name))) return path.join(root, entry.name, name);
    }
  }
  return null;
}

/** The one line to print for a failed electron-builder run, or null when it did not fail for lack of network. */
export function translateBuilderFailure(output) {
  const lines = String(output).split(/\r?\n/);
  const hit = lines.find((line) => NETWORK_FAILURE.test(line));
  if (!hit) return null;
  const reason = hit
    .replace(/\s+(failedTask|stackTrace)=.*$/, '')
    .replace(/^\s*(⨯|•|error|Error:|TypeError:|RequestError:)\s*/i, '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 200);
  return `${UNREACHABLE}: ${reason}`;
}

/**
 * dist/app: what goes into app.asar, with its own package.json. Everything is bundled except the PNG
 * renderer (a native module) and the AWS icon files the exporters read, which electron-builder installs
 * into the app from these dependencies.
 */
function stageApp() {
  const root = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
  const app = path.join(repoRoot, 'dist', 'app');
  rmSync(app, { recursive: true, force: true });
  mkdirSync(app, { recursive: true });
  const noMaps = (source) => !source.endsWith('.map');
  cpSync(path.join(repoRoot, 'dist', 'electron'), path.join(app, 'electron'), { recursive: true, filter: noMaps });
  cpSync(path.join(repoRoot, 'dist', 'renderer'), path.join(app, 'renderer'), { recursive: true, filter: noMaps });
  const manifest = {
    name: root.name,
    productName: 'Pipeboard',
    version: root.version,
    description: root.description,
    license: root.license,
    author: { name: 'Pipeboard maintainers', email: 'maintainers@pipeboard.invalid' },
    main: 'electron/main.js',
    dependencies: {
      '@resvg/resvg-js': root.dependencies['@resvg/resvg-js'],
      'aws-icons': root.dependencies['aws-icons'],
    },
  };
  writeFileSync(path.join(app, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return app;
}

async function main() {
  const builderArgs = process.argv.slice(2);
  const version = electronVersion();
  const usesMirror = Boolean(process.env.ELECTRON_MIRROR || process.env.npm_config_electron_mirror);
  if (!cachedElectronZip(version) && !usesMirror) {
    // The host the runtime comes from; tests point it at a reserved name that never resolves.
    const probe = await probeHttps(process.env.PIPEBOARD_RUNTIME_HOST || 'github.com');
    if (!probe.ok) return fail(`${UNREACHABLE}: ${probe.host}: ${probe.reason}.`);
  }

  const vite = spawnSync(process.execPath, [path.join(repoRoot, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'error'], {
    cwd: repoRoot,
    stdio: 'inherit',
  });
  if (vite.status !== 0) return fail('The renderer build failed (see above).');
  await buildElectron({ quiet: true });
  stageApp();

  const builder = createRequire(import.meta.url).resolve('electron-builder/cli.js');
  const args = [builder, '--config', 'electron-builder.json', '--publish', 'never', `-c.electronVersion=${version}`, ...builderArgs];
  const child = spawn(process.execPath, args, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  // Progress lines ("  • packaging …") are shown as they come; everything else only if it fails.
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (line) => {
      output += `${line}\n`;
      if (/^\s*•/.test(line)) process.stdout.write(`${line}\n`);
    });
  }
  const code = await new Promise((resolve) => child.on('close', (exitCode) => resolve(exitCode ?? 1)));
  if (code === 0) {
    process.stdout.write(`Packages in ${path.relative(process.cwd(), path.join(repoRoot, 'dist', 'packages'))}\n`);
    return undefined;
  }
  const line = translateBuilderFailure(output);
  if (line) return fail(line);
  process.stderr.write(output);
  return fail(`electron-builder failed (exit code ${code}); its output is above.`);
}

function fail(line) {
  process.stderr.write(`${line}\n`);
  process.exit(1);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error) => fail(`Packaging failed: ${error instanceof Error ? error.message : String(error)}`));
}
