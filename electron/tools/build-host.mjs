// Bundles the browser-mode host (electron/host/main.ts) with esbuild into dist/host/main.mjs, ESM for
// Node, the way `npm start` runs it; resvg's native binding stays external. The bundle sits two folders
// below the repository, as main.ts does, so its paths relative to itself (dist/renderer) still hold.
// Usage: node electron/tools/build-host.mjs
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const HOST_BUNDLE = path.join(repoRoot, 'dist', 'host', 'main.mjs');

export async function buildHost({ quiet = false } = {}) {
  await build({
    absWorkingDir: repoRoot,
    entryPoints: ['electron/host/main.ts'],
    outfile: HOST_BUNDLE,
    bundle: true,
    format: 'esm',
    platform: 'node',
    // jsonc-parser's default (UMD) build requires its parts by computed paths a bundle cannot follow; its ES build bundles.
    alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
    target: 'node20',
    external: ['@resvg/resvg-js'],
    // Bundled CommonJS packages call require() for Node's modules.
    banner: { js: "import { createRequire as __pbCreateRequire } from 'node:module'; const require = __pbCreateRequire(import.meta.url);" },
    sourcemap: 'linked',
    legalComments: 'none',
    logLevel: quiet ? 'error' : 'warning',
  });
  if (!quiet) console.log(`Browser-mode host in ${path.relative(process.cwd(), HOST_BUNDLE)}`);
  return HOST_BUNDLE;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  buildHost().catch((error) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
}
