import { defineConfig, type PlaywrightTestOptions, type PlaywrightWorkerOptions, type Project } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './e2e/fixtures/browserLaunch';
import { electronProjectAvailable } from './e2e/fixtures/launcher';
import type { AppOptions } from './e2e/fixtures/test';

/**
 * End-to-end tests against the production build (`npx vite build` first; `npm test` does it).
 * Every test starts its own browser-mode host on 127.0.0.1 over the real services, with a fresh
 * temp workspace and data folder (see e2e/fixtures/test.ts), so tests never share files.
 */
const CI = !!process.env.CI;

const projects: Project<PlaywrightTestOptions & AppOptions, PlaywrightWorkerOptions>[] = [
  {
    name: 'chromium',
    use: {
      appKind: 'browser',
      browserName: 'chromium',
      launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
    },
  },
];

// The same specs through Playwright's Electron support, when a runtime is available.
// Chromium stays configured there too: the page fixture opens a (then unused) browser context.
// Browser-only specs (the page's own clipboard API) are not part of the desktop project; Electron copies
// through the main process, which the IPC and main-bundle tests cover.
if (electronProjectAvailable()) projects.push({ name: 'electron', use: { ...projects[0]!.use, appKind: 'electron' }, testIgnore: ['**/*.browser.spec.ts'] });

export default defineConfig<AppOptions>({
  testDir: './e2e/specs',
  globalSetup: './e2e/fixtures/globalSetup.ts',
  fullyParallel: true,
  forbidOnly: CI,
  // Two cores here: one browser per core.
  workers: 2,
  retries: CI ? 1 : 0,
  timeout: 45_000,
  expect: { timeout: 7_000 },
  // `--reporter` on the command line wins (npm test passes list,json).
  reporter: 'list',
  outputDir: 'test-results',
  use: {
    viewport: { width: 1440, height: 900 },
    locale: 'en-US',
    timezoneId: 'UTC',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    actionTimeout: 10_000,
  },
  projects,
});
