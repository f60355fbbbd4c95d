import { spawnSync } from 'node:child_process';
import { promises as fs, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, removeTempDir } from '../services/testSupport.testutil';
// @ts-expect-error: plain .mjs tools without type declarations
import { cachedElectronZip, translateBuilderFailure } from './dist.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const config = JSON.parse(readFileSync(path.join(repoRoot, 'electron-builder.json'), 'utf8'));
const UNREACHABLE = 'Packaging needs the Electron runtime from GitHub, which this machine cannot reach: ';

let base: string;
beforeAll(async () => {
  base = await makeTempDir('pipeboard-dist-');
});
afterAll(async () => {
  await removeTempDir(base);
});

describe('electron-builder configuration', () => {
  it('is valid for the installed electron-builder', async () => {
    // app-builder-lib and builder-util are electron-builder's own dependencies: load the ones it uses.
    const require = createRequire(import.meta.url);
    const fromBuilder = createRequire(require.resolve('electron-builder'));
    const { validateConfiguration } = fromBuilder('app-builder-lib/out/util/config/config');
    const { DebugLogger } = fromBuilder('builder-util');
    await expect(validateConfiguration(structuredClone(config), new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('sets the fuses', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
    expect(config.asar).toBe(true);
  });

  it('builds AppImage and deb, NSIS, and dmg', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
  });

  it('associates .pipeboard.json files', () => {
    expect(config.fileAssociations).toEqual([expect.objectContaining({ ext: 'pipeboard.json', mimeType: 'application/x-pipeboard+json', role: 'Editor' })]);
    expect(config.linux.mimeTypes).toContain('application/x-pipeboard+json');
  });

  it('ships a 1024×1024 PNG icon', () => {
    const png = readFileSync(path.join(repoRoot, config.icon));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(1024);
    expect(png.readUInt32BE(20)).toBe(1024);
  });

  it('packages only the staged app (bundles and renderer build), no source maps', () => {
    expect(config.directories.app).toBe('dist/app');
    expect(config.files).toContain('!**/*.map');
    expect(config.npmRebuild).toBe(false);
  });
});

describe('npm run dist', () => {
  it('translates a failed Electron download into one line', () => {
    const output = [
      '  • packaging       platform=linux arch=x64 electron=45.4.1 appOutDir=dist/packages/linux-unpacked',
      '  ⨯ getaddrinfo ENOTFOUND github.com  failedTask=build stackTrace=RequestError: getaddrinfo ENOTFOUND github.com',
      '    at ClientRequest.<anonymous> (/x/got/dist/source/core/index.js:970:111)',
    ].join('\n');
    expect(translateBuilderFailure(output)).toBe(`${UNREACHABLE}getaddrinfo ENOTFOUND github.com`);
    expect(translateBuilderFailure('  ⨯ Application entry file "electron/main.js" does not exist')).toBeNull();
  });

  it('finds a cached runtime zip, or none', async () => {
    const cache = path.join(base, 'cache');
    expect(cachedElectronZip('45.4.1', { platform: 'linux', arch: 'x64', cacheRoot: cache })).toBeNull();
    await fs.mkdir(path.join(cache, 'a1b2'), { recursive: true });
    await fs.writeFile(path.join(cache, 'a1b2', 'electron-v45.4.1-linux-x64.zip'), '');
    expect(cachedElectronZip('45.4.1', { platform: 'linux', arch: 'x64', cacheRoot: cache })).toBe(path.join(cache, 'a1b2', 'electron-v45.4.1-linux-x64.zip'));
    expect(cachedElectronZip('45.4.1', { platform: 'linux', arch: 'arm64', cacheRoot: cache })).toBeNull();
  });

  // `.invalid` never resolves (RFC 2606), so this behaves the same with or without internet.
  it('without GitHub, `dist -- --dir` fails at once with one clear line and exit code 1', () => {
    const run = spawnSync(process.execPath, [path.join(repoRoot, 'electron', 'tools', 'dist.mjs'), '--dir'], {
      cwd: repoRoot,
      encoding: 'utf8',
      env: { ...process.env, ELECTRON_MIRROR: '', npm_config_electron_mirror: '', XDG_CACHE_HOME: path.join(base, 'empty-cache'), PIPEBOARD_RUNTIME_HOST: 'github.invalid' },
      timeout: 60_000,
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    const lines = run.stderr.split('\n').filter((line) => line !== '');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^${UNREACHABLE.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}github\\.invalid: .+`));
  });
});
