// Benchmarks run the code as it ships: bundled by esbuild (as the renderer and packaged app are),
// not through tsx's development transform, whose keep-names wrappers distort allocation-heavy code.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';

const entry = process.argv[2];
if (!entry) {
  console.error('usage: node electron/bench/run.mjs <bench entry .ts> [args…]');
  process.exit(2);
}
// Inside the project, so the bundle's external packages (pdf-lib, resvg…) resolve from node_modules.
const cacheDir = join(process.cwd(), 'node_modules', '.cache');
mkdirSync(cacheDir, { recursive: true });
const outfile = join(mkdtempSync(join(cacheDir, 'pipeboard-bench-')), 'bench.mjs');
await build({
  entryPoints: [entry],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile,
  logLevel: 'warning',
  packages: 'external',
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
});
const result = spawnSync(process.execPath, [outfile, ...process.argv.slice(3)], { stdio: 'inherit', cwd: process.cwd() });
process.exit(result.status ?? 1);
