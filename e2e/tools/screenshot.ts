/**
 * `npm run screenshot`: the README's pictures of the app, taken by a script in Debian's Chromium
 * against the browser-mode host:
 * - docs/start-page.png: what a first launch shows (1440×900);
 * - docs/screenshot.png: the Q1 answer (File → New from example) with the training node selected so
 *   the inspector shows its figures, and the cost sheet (1440×900);
 * - docs/screenshot-1024.png: the same design in a 1024×700 window;
 * - docs/practice-coverage.png: Practice filtered to MLA-C01, Q3 answered, the exam coverage view (1440×900).
 * `npm run screenshot -- practice-coverage.png` takes only the pictures named.
 *
 * It builds nothing: it serves dist/renderer as it is (`npx vite build` first; the npm script
 * does that).
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { chromium, expect, type Browser, type Page } from '@playwright/test';
import { EXAMPLES } from '../../shared/scenarios/examples';
import { CHROMIUM_ARGS, CHROMIUM_PATH, makeSandbox, startHost } from '../fixtures/browserLaunch';
import { AppPage } from '../pages/AppPage';
import { PracticePage } from '../pages/PracticePage';

const DOCS = path.resolve(import.meta.dirname, '..', '..', 'docs');
const q1 = EXAMPLES.find((e) => e.id === 'q1-answer')!;

interface Shot {
  file: string;
  viewport: { width: number; height: number };
  /** Brings the app from a first launch to what the picture shows. */
  prepare(app: AppPage): Promise<void>;
}

/** The viewport's transform unchanged over 10 frames: any zoom animation is over. */
async function viewSettled(page: Page): Promise<void> {
  // A string: tsx would wrap a function's inner helpers in __name(), which the page does not have.
  await page.evaluate(`new Promise((resolve) => {
    const viewport = document.querySelector('.react-flow__viewport');
    let last = '';
    let same = 0;
    const tick = () => {
      const now = viewport ? viewport.style.transform : '';
      same = now === last ? same + 1 : 0;
      last = now;
      if (same >= 10) resolve(); else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })`);
}

async function q1WithTrainingSelected(app: AppPage): Promise<void> {
  await app.waitUntilReady();
  await app.openExample(q1.title);
  await expect(app.canvas.nodes).toHaveCount(q1.document.nodes.length);
  await app.canvas.select('train');
  await expect(app.inspector.figure('Monthly cost')).toBeVisible();
  await app.cost.show();
  await expect(app.cost.total).toHaveText('$112.05');
  // Fit the pipeline in the view now that the inspector is open, and let the animation finish.
  await app.tool('Fit view').click();
  await viewSettled(app.page);
}

const SHOTS: Shot[] = [
  {
    file: 'start-page.png',
    viewport: { width: 1440, height: 900 },
    prepare: async (app) => {
      await app.waitUntilReady(15_000, { keepStartPage: true });
      await expect(app.startPage.locator('.start-example svg[role="img"]')).toHaveCount(EXAMPLES.length);
    },
  },
  { file: 'screenshot.png', viewport: { width: 1440, height: 900 }, prepare: q1WithTrainingSelected },
  { file: 'screenshot-1024.png', viewport: { width: 1024, height: 700 }, prepare: q1WithTrainingSelected },
  {
    file: 'practice-coverage.png',
    viewport: { width: 1440, height: 900 },
    prepare: async (app) => {
      await app.waitUntilReady();
      const practice = new PracticePage(app.page);
      await practice.show();
      await practice.examFilter('MLA-C01').check();
      await practice.openScenario('seed-q3');
      await practice.answer('B');
      await practice.coverageButton.click();
      await expect(practice.coverageRow('MLA-C01 2.2').getByTestId('correct-count')).toHaveText('1');
    },
  },
];

async function take(browser: Browser, url: string, shot: Shot): Promise<void> {
  const context = await browser.newContext({ viewport: shot.viewport, deviceScaleFactor: 1, colorScheme: 'light', locale: 'en-US' });
  try {
    const page = await context.newPage();
    await page.goto(url);
    const app = new AppPage(page);
    await shot.prepare(app);
    // Every icon on screen drawn (hidden panels' icons load lazily), pointer off the canvas, no toast over the picture.
    await expect.poll(() => page.evaluate(() => [...document.images].every((img) => !img.checkVisibility() || (img.complete && img.naturalWidth > 0)))).toBe(true);
    await page.mouse.move(shot.viewport.width - 1, shot.viewport.height - 1);
    await expect(app.toasts.locator('.toast')).toHaveCount(0, { timeout: 10_000 });
    const out = path.join(DOCS, shot.file);
    await page.screenshot({ path: out });
    process.stdout.write(`Wrote ${path.relative(process.cwd(), out)} (${shot.viewport.width}×${shot.viewport.height}).\n`);
  } finally {
    await context.close();
  }
}

async function main(): Promise<void> {
  const sandbox = await makeSandbox('pipeboard-screenshot-');
  const host = await startHost(sandbox);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    await fs.mkdir(DOCS, { recursive: true });
    const named = process.argv.slice(2);
    for (const shot of SHOTS) if (named.length === 0 || named.includes(shot.file)) await take(browser, host.url, shot);
  } finally {
    await browser.close();
    await host.close();
    await fs.rm(sandbox.root, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
