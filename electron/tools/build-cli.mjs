// Bundles the `pipeboard` command with esbuild into dist/cli/ (run by `npm ci` through the `prepare`
// script, by `npm run build:cli`, and by electron/cli/bin.mjs when its sources are newer than the bundle):
//   pipeboard.mjs   ESM for Node: argument parsing and help only; each command is a chunk loaded on demand
//   chunks/         the commands and the code they share (analysis, file format, exporters…)
//   inputs.json     the files the bundle was built from, written last: bin.mjs rebuilds when one is newer
// resvg's native binding stays external (loaded from node_modules on the first PNG export).
// Usage: node electron/tools/build-cli.mjs [--out DIR] [--prepare]
//   --prepare  (npm's lifecycle) without esbuild (`npm ci --omit=dev`), say so and leave the install alone
import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CLI_OUT_DIR = path.join(repoRoot, 'dist', 'cli');
export const CLI_INPUTS_FILE = 'inputs.json';

/** Files that change the bundle without being part of it. Dependencies' own files keep their tarball dates. */
const EXTRA_INPUTS = ['package.json', 'package-lock.json', 'electron/tools/build-cli.mjs'];

export async function buildCli({ outDir = CLI_OUT_DIR, quiet = false } = {}) {
  const { build } = await import('esbuild');
  const result = await build({
    absWorkingDir: repoRoot,
    entryPoints: { pipeboard: 'electron/cli/main.ts' },
    outdir: outDir,
    chunkNames: 'chunks/[name]-[hash]',
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    // jsonc-parser's default (UMD) build requires its parts by computed paths a bundle cannot follow; its ES build bundles.
    alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
    target: 'node20',
    external: ['@resvg/resvg-js'],
    // Bundled CommonJS packages (commander, write-file-atomic…) call require() for Node's modules.
    banner: { js: "import { createRequire as __pbCreateRequire } from 'node:module'; const require = __pbCreateRequire(import.meta.url);" },
    minifyWhitespace: true,
    minifySyntax: true,
    legalComments: 'none',
    sourcemap: 'linked',
    metafile: true,
    write: false,
    logLevel: quiet ? 'error' : 'warning',
  });

  // Each file is written whole and renamed into place, so a command started meanwhile never reads half a file;
  // chunk names carry a content hash, so the new entry never loads an old chunk.
  const written = new Set();
  for (const file of result.outputFiles) {
    await mkdir(path.dirname(file.path), { recursive: true });
    const temp = `${file.path}.${process.pid}.tmp`;
    await writeFile(temp, file.contents);
    await rename(temp, file.path);
    written.add(file.path);
  }
  const inputs = [...Object.keys(result.metafile.inputs).filter((input) => !input.startsWith('node_modules/')), ...EXTRA_INPUTS].sort();
  const manifest = path.join(outDir, CLI_INPUTS_FILE);
  await writeFile(`${manifest}.${process.pid}.tmp`, `${JSON.stringify(inputs)}\n`);
  await rename(`${manifest}.${process.pid}.tmp`, manifest);
  written.add(manifest);
  await removeStale(outDir, written);

  const entry = Object.entries(result.metafile.outputs).find(([, output]) => output.entryPoint);
  if (!quiet) {
    const chunks = Object.keys(result.metafile.outputs).filter((name) => name.endsWith('.mjs')).length;
    console.log(`CLI bundle in ${path.relative(process.cwd(), outDir) || '.'}: pipeboard.mjs ${kib(entry?.[1].bytes ?? 0)}, ${chunks - 1} chunks`);
  }
  return { outDir, inputs };
}

/** Removes chunks of earlier builds, and temp files of builds interrupted (not of one running now). */
async function removeStale(dir, keep) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) await removeStale(full, keep);
    else if (!keep.has(full) && !(await isRecentTemp(full))) await rm(full, { force: true });
  }
}

async function isRecentTemp(file) {
  if (!file.endsWith('.tmp')) return false;
  const info = await stat(file).catch(() => undefined);
  return info !== undefined && Date.now() - info.mtimeMs < 60_000;
}

function kib(bytes) {
  return `${(bytes / 1024).toFixed(0)} KiB`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const outIndex = process.argv.indexOf('--out');
  const outDir = outIndex > 0 ? path.resolve(process.argv[outIndex + 1] ?? '') : undefined;
  buildCli({ outDir }).catch((error) => {
    if (process.argv.includes('--prepare') && error?.code === 'ERR_MODULE_NOT_FOUND' && /'esbuild'/.test(error.message)) {
      console.error('pipeboard: esbuild is not installed, so the pipeboard command was not built; install the dev dependencies and run `npm run build:cli`.');
      return;
    }
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
}
