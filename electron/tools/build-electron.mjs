// Bundles the Electron main process and preload with esbuild into dist/electron/:
//   main.js     CommonJS, Node (Electron's main process), `electron` and resvg's native binding left
//               external; `import.meta.url` is this file's URL (the exporters find icons through it)
//   export-worker.js  the worker thread exports and image reading run in (electron/services/exportWorker),
//               built like main.js; the services find it beside main.js
//   preload.js  CommonJS for a sandboxed preload (no ESM there), browser platform, only `electron` external
//   package.json  {"type":"commonjs"}, because the repository's package.json says "module"
//   icon.png    the window icon (Linux/Windows), from electron/build-resources
//   fonts/      the fonts the exporters draw PNG and PDF text with (electron/assets/fonts)
// Usage: node electron/tools/build-electron.mjs [--out DIR]
import { copyFile, cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Electron 45 runs Node 22 and Chromium 140+. */
const NODE_TARGET = 'node22';
const CHROME_TARGET = 'chrome140';

export async function buildElectron({ outDir = path.join(repoRoot, 'dist', 'electron'), quiet = false } = {}) {
  await mkdir(outDir, { recursive: true });
  const common = {
    bundle: true,
    format: 'cjs',
    external: ['electron'],
    sourcemap: 'linked',
    legalComments: 'none',
    logLevel: quiet ? 'error' : 'warning',
    metafile: true,
    absWorkingDir: repoRoot,
  };
  const nodeBundle = {
    ...common,
    platform: 'node',
    // jsonc-parser's default (UMD) build requires its parts by computed paths a bundle cannot follow; its ES build bundles.
    alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
    target: NODE_TARGET,
    // resvg (PNG export) loads a native binary, which cannot be bundled; it is loaded on the first PNG export.
    external: ['electron', '@resvg/resvg-js'],
    define: { 'import.meta.url': '__pipeboardModuleUrl' },
    banner: { js: 'const __pipeboardModuleUrl = require("node:url").pathToFileURL(__filename).href;' },
  };
  const [main, , preload] = await Promise.all([
    build({ ...nodeBundle, entryPoints: ['electron/main.ts'], outfile: path.join(outDir, 'main.js') }),
    build({ ...nodeBundle, entryPoints: ['electron/services/exportWorker/worker.ts'], outfile: path.join(outDir, 'export-worker.js') }),
    build({
      ...common,
      entryPoints: ['electron/preload.ts'],
      outfile: path.join(outDir, 'preload.js'),
      // A sandboxed preload has no Node: the browser platform makes any Node import a build error.
      platform: 'browser',
      target: CHROME_TARGET,
    }),
  ]);

  const preloadImports = externalImports(preload.metafile);
  if (preloadImports.some((name) => name !== 'electron')) {
    throw new Error(`The preload may only import "electron", but imports: ${preloadImports.join(', ')}`);
  }

  await writeFile(path.join(outDir, 'package.json'), `${JSON.stringify({ type: 'commonjs' }, null, 2)}\n`);
  const icon = path.join(repoRoot, 'electron', 'build-resources', 'icon.png');
  if (existsSync(icon)) await copyFile(icon, path.join(outDir, 'icon.png'));
  await cp(path.join(repoRoot, 'electron', 'assets', 'fonts'), path.join(outDir, 'fonts'), {
    recursive: true,
    filter: (source) => !source.endsWith('.sh'),
  });

  const sizes = await Promise.all(['main.js', 'export-worker.js', 'preload.js'].map(async (name) => `${name} ${kib((await readFile(path.join(outDir, name))).byteLength)}`));
  if (!quiet) console.log(`Electron bundles in ${path.relative(process.cwd(), outDir) || '.'}: ${sizes.join(', ')}`);
  return { outDir, mainImports: externalImports(main.metafile), preloadImports };
}

function externalImports(metafile) {
  const names = new Set();
  for (const output of Object.values(metafile.outputs)) {
    for (const entry of output.imports) if (entry.external) names.add(entry.path);
  }
  return [...names].sort();
}

function kib(bytes) {
  return `${(bytes / 1024).toFixed(0)} KiB`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const outIndex = process.argv.indexOf('--out');
  const outDir = outIndex > 0 ? path.resolve(process.argv[outIndex + 1] ?? '') : undefined;
  buildElectron({ outDir }).catch((error) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
}
