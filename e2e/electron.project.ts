import { existsSync } from 'node:fs';
import path from 'node:path';
import { _electron, type ElectronApplication, type Page } from '@playwright/test';
import { assertRendererBuilt } from './fixtures/browserLaunch';
import type { ElectronLaunchOptions, LaunchedApp } from './fixtures/launcher';

/**
 * The Electron side of the e2e suite: `launchElectronApp` starts the built desktop app
 * (dist/electron/main.js, with dist/renderer) in the Electron binary named by PIPEBOARD_ELECTRON,
 * through Playwright's `_electron.launch`, with its own data folder and documents folder, and hands
 * back its window. The fixtures (e2e/fixtures/test.ts) use it for the `electron` project, which
 * playwright.config.ts adds when PIPEBOARD_ELECTRON names an existing binary:
 *
 *   npm run build:electron && npx vite build
 *   PIPEBOARD_ELECTRON=$(node -p "require('electron')") npx playwright test --project=electron
 *
 * It runs the unpackaged app with the stock Electron binary: a packaged build has its fuses set
 * (no Node inspector, no ELECTRON_RUN_AS_NODE), which Playwright's launcher needs.
 */

const REPO_ROOT = path.resolve(import.meta.dirname, '..');
const MAIN_BUNDLE = path.join(REPO_ROOT, 'dist', 'electron', 'main.js');

interface Running {
  app: ElectronApplication;
  page: Page;
}

async function start(options: ElectronLaunchOptions): Promise<Running> {
  if (!existsSync(MAIN_BUNDLE)) throw new Error(`No Electron build at ${MAIN_BUNDLE}: run \`npm run build:electron\` first.`);
  await assertRendererBuilt();
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value;
  const app = await _electron.launch({
    executablePath: options.executable,
    args: [MAIN_BUNDLE],
    cwd: REPO_ROOT,
    env: { ...env, PIPEBOARD_DATA_DIR: options.dataDir, PIPEBOARD_DOCUMENTS_DIR: options.workspace, ELECTRON_ENABLE_SECURITY_WARNINGS: 'true' },
  });
  const page = await app.firstWindow();
  await app.evaluate(({ BrowserWindow }, size) => {
    BrowserWindow.getAllWindows()[0]?.setContentSize(size.width, size.height);
  }, options.viewport);
  await page.waitForLoadState('domcontentloaded');
  return { app, page };
}

export async function launchElectronApp(options: ElectronLaunchOptions): Promise<LaunchedApp> {
  let running = await start(options);

  return {
    kind: 'electron',
    get page() {
      return running.page;
    },
    workspace: options.workspace,
    dataDir: options.dataDir,

    async answerNextFileDialog(mode, filePath) {
      // The main process calls dialog.showOpenDialog / showSaveDialog (electron/dialogs.ts); the next
      // call answers `filePath` (null: cancelled) without showing anything, then the real one is back.
      await running.app.evaluate(
        ({ dialog }, answer) => {
          const target = dialog as unknown as Record<string, unknown>;
          const name = answer.mode === 'open' ? 'showOpenDialog' : 'showSaveDialog';
          const original = target[name];
          target[name] = async () => {
            target[name] = original;
            return answer.mode === 'open'
              ? { canceled: answer.filePath === null, filePaths: answer.filePath === null ? [] : [answer.filePath] }
              : { canceled: answer.filePath === null, filePath: answer.filePath ?? '' };
          };
        },
        { mode, filePath },
      );
    },

    async crashAndRestart() {
      // SIGKILL: no unload, no clean-up, like a crash or a kill from the task manager.
      const exited = new Promise<void>((resolve) => running.app.process().once('exit', () => resolve()));
      running.app.process().kill('SIGKILL');
      await exited;
      running = await start(options);
      return running.page;
    },

    async close() {
      // Unsaved changes would make the window ask; tests end without keeping anything.
      await running.app
        .evaluate(({ BrowserWindow }) => {
          for (const window of BrowserWindow.getAllWindows()) window.destroy();
        })
        .catch(() => undefined);
      await running.app.close().catch(() => undefined);
    },
  };
}
