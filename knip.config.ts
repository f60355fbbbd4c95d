import type { KnipConfig } from 'knip';

/**
 * knip: unused files, exports, types and dependencies. `npm run knip`; part of `npm test`.
 * Test files are entries too (the vitest and Playwright plugins find them), so an export a test needs is used.
 */
const config: KnipConfig = {
  entry: [
    // The pipeboard command (bin.mjs, from package.json) loads the CLI through tsx.
    'electron/cli/main.ts',
    // Browser mode's host, and the Electron main process and preload (bundled by build-electron.mjs).
    'electron/host/main.ts',
    'electron/main.ts',
    'electron/preload.ts',
    'renderer/index.html',
    // Tools, generators and benchmarks run by package.json scripts, by each other or by hand.
    'electron/tools/*.{mjs,ts}',
    'electron/services/exporters/tools/*.ts',
    'electron/bench/*.{mjs,ts}',
    'e2e/bench/*.{js,ts}',
    'e2e/bench/bare/index.html',
    'e2e/tools/*.ts',
    // Loaded by path: the Electron project (e2e/fixtures/launcher.ts) and the autosave test's child process.
    'e2e/electron.project.ts',
    'electron/services/autosaveChild.testutil.ts',
    'electron/services/saveRaceChild.testutil.ts',
    // npm run fuzz bundles this harness (electron/fuzz/run.mjs).
    'electron/fuzz/fuzz.ts',
  ],
  project: ['shared/**/*.ts', 'electron/**/*.{ts,mjs}', 'renderer/**/*.{ts,tsx}', 'e2e/**/*.{ts,js}', '*.config.{ts,js}'],
  // Debian programs the tests run (poppler-utils; mount for the read-only-folder tests), not npm packages.
  ignoreBinaries: ['pdftotext', 'pdfinfo', 'pdftoppm', 'mount', 'umount', 'truncate'],
};

export default config;
