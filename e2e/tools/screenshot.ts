/**
 * `npm run screenshot`: the README's picture of the app, taken by a script. Opens the Q1 answer
 * (File → New from example) in Debian's Chromium at 1440×900 against the browser-mode host, selects
 * the training node so the inspector shows its figures, and writes docs/screenshot.png.
 *
 * It builds nothing: it serves dist/renderer as it is (`npx vite build` first; the npm script
 * does that).
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { chromium, expect } from '@playwright/test';
import { EXAMPLES } from '../../shared/scenarios/examples';
import { CHROMIUM_ARGS, CHROMIUM_PATH, makeSandbox, startHost } from '../fixtures/browserLaunch';
import { AppPage } from '../pages/AppPage';

const OUT = path.resolve(import.meta.dirname, '..', '..', 'docs', 'screenshot.png');
const q1 = EXAMPLES.find((e) => e.id === 'q1-answer')!;

async function main(): Promise<void> {
  const sandbox = await makeSandbox('pipeboard-screenshot-');
  const host = await startHost(sandbox);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1, colorScheme: 'light', locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(host.url);
    const app = new AppPage(page);
    await app.waitUntilReady();

    await app.openExample(q1.title);
    await expect(app.canvas.nodes).toHaveCount(q1.document.nodes.length);
    await app.canvas.select('train');
    await expect(app.inspector.figure('Monthly cost')).toBeVisible();
    await app.cost.show();
    await expect(app.cost.total).toHaveText('$112.05');
    // Fit the pipeline in the view now that the inspector is open, and let the animation finish.
    await app.tool('Fit view').click();
    // The viewport's transform unchanged over 10 frames: the animation is over. (A string: tsx
    // would wrap a function's inner helpers in __name(), which the page does not have.)
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
    // Every icon drawn, pointer off the canvas, no toast over the picture.
    await expect.poll(() => page.evaluate(() => [...document.images].every((img) => img.complete && img.naturalWidth > 0))).toBe(true);
    await page.mouse.move(1439, 899);
    await expect(app.toasts.locator('.toast')).toHaveCount(0, { timeout: 10_000 });

    await fs.mkdir(path.dirname(OUT), { recursive: true });
    await page.screenshot({ path: OUT });
    process.stdout.write(`Wrote ${path.relative(process.cwd(), OUT)} (1440×900).\n`);
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
