// `npm run fuzz`: bundles the fuzz harness and the export worker with esbuild (the code as it ships,
// and a worker that starts in milliseconds rather than through tsx), then runs the harness.
// Usage: node electron/fuzz/run.mjs [--scale N] [--seed S]
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// Inside the project, so the bundles' external packages (pdf-lib, resvg…) resolve from node_modules.
const cacheDir = join(process.cwd(), 'node_modules', '.cache');
mkdirSync(cacheDir, { recursive: true });
const outDir = mkdtempSync(join(cacheDir, 'pipeboard-fuzz-'));
const common = { bundle: true, platform: 'node', target: 'node20', logLevel: 'warning', packages: 'external' };
await Promise.all([
  build({
    ...common,
    entryPoints: ['electron/fuzz/fuzz.ts'],
    format: 'esm',
    outfile: join(outDir, 'fuzz.mjs'),
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  }),
  // Found by the services beside the harness bundle, as export-worker.js is found beside the Electron main bundle.
  build({
    ...common,
    entryPoints: ['electron/services/exportWorker/worker.ts'],
    format: 'cjs',
    outfile: join(outDir, 'export-worker.js'),
    define: { 'import.meta.url': '__pipeboardModuleUrl' },
    banner: { js: 'const __pipeboardModuleUrl = require("node:url").pathToFileURL(__filename).href;' },
  }),
]);
writeFileSync(join(outDir, 'package.json'), '{ "type": "commonjs" }\n');
const result = spawnSync(process.execPath, [join(outDir, 'fuzz.mjs'), ...process.argv.slice(2)], { stdio: 'inherit', cwd: process.cwd() });
rmSync(outDir, { recursive: true, force: true });
process.exit(result.status ?? 1);
