/**
 * `npm run screenshot`: the README's pictures of the app, taken by a script in Debian's Chromium
 * against the browser-mode host:
 * - docs/start-page.png: what a first launch shows (1440×900);
 * - docs/screenshot.png: the Q1 answer (File → New from example) with the training node selected so
 *   the inspector shows its figures, and the cost sheet (1440×900);
 * - docs/screenshot-1024.png: the same design in a 1024×700 window, fitted (compact cards);
 * - docs/screenshot-groups.png and docs/screenshot-groups-dark.png: the Q1 answer in three stage frames
 *   (Ingestion, Training, Serving) with a sticky note and a line of text, the Training frame selected,
 *   the palette folded away and the inspector narrower (1440×900, light and dark).
 * - docs/practice-coverage.png: Practice filtered to MLA-C01, Q3 answered, the exam coverage view (1440×900).
 * `npm run screenshot -- practice-coverage.png` takes only the pictures named.
 *
 * It builds nothing: it serves dist/renderer as it is (`npx vite build` first; the npm script
 * does that).
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { chromium, expect, type Browser, type Page } from '@playwright/test';
import type { PipelineDocument } from '../../shared/model/document';
import { EXAMPLES } from '../../shared/scenarios/examples';
import { CHROMIUM_ARGS, CHROMIUM_PATH, makeSandbox, startHost, type Sandbox } from '../fixtures/browserLaunch';
import { writeDesign } from '../fixtures/engine';
import { AppPage } from '../pages/AppPage';
import { PracticePage } from '../pages/PracticePage';

const DOCS = path.resolve(import.meta.dirname, '..', '..', 'docs');
const q1 = EXAMPLES.find((e) => e.id === 'q1-answer')!;

interface Shot {
  file: string;
  viewport: { width: number; height: number };
  colorScheme?: 'light' | 'dark';
  /** Brings the app from a first launch to what the picture shows. */
  prepare(app: AppPage, sandbox: Sandbox): Promise<void>;
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

/** The Q1 answer with the training node selected and the cost sheet showing; `fit` fits it to the view. */
function q1WithTrainingSelected(fit: boolean) {
  return async (app: AppPage): Promise<void> => {
    await app.waitUntilReady();
    await app.openExample(q1.title);
    await expect(app.canvas.nodes).toHaveCount(q1.document.nodes.length);
    await app.canvas.select('train');
    await expect(app.inspector.figure('Monthly cost')).toBeVisible();
    await app.cost.show();
    await expect(app.cost.total).toHaveText('$112.05');
    // Fit the pipeline in the view now that the inspector is open (the button folds into More tools in a narrow window).
    if (fit) await app.chooseMenuItem('View', 'Fit view');
    await viewSettled(app.page);
  };
}

/** The builder's column width: cards 60 apart. */
const GROUPED_COLUMN = 260;
const FRAME_PAD = 20;
const FRAME_HEADER = 32;

/** The Q1 answer drawn in three stage frames, with a sticky note and a line of text. */
function groupedQ1(): PipelineDocument {
  const doc = structuredClone(q1.document);
  doc.title = 'Readmission risk, by stage';
  doc.nodes.forEach((node, k) => (node.position = { x: k * GROUPED_COLUMN, y: 0 }));
  const frame = (id: string, label: string, colour: 'blue' | 'purple' | 'green', first: number, last: number) => ({
    id,
    kind: 'stage' as const,
    label,
    colour,
    position: { x: first * GROUPED_COLUMN - FRAME_PAD, y: -FRAME_PAD - FRAME_HEADER },
    size: { width: (last - first) * GROUPED_COLUMN + 200 + 2 * FRAME_PAD, height: 72 + 2 * FRAME_PAD + FRAME_HEADER + 16 },
  });
  doc.groups = [frame('g-ingest', 'Ingestion', 'blue', 0, 1), frame('g-train', 'Training', 'purple', 2, 3), frame('g-serve', 'Serving', 'green', 4, 4)];
  doc.annotations = [
    { id: 'n-spot', kind: 'sticky', text: 'Spot is safe here: the weekly retrain has a 12× deadline buffer, so an interruption only delays it.', position: { x: 2 * GROUPED_COLUMN, y: 150 }, size: { width: 230, height: 120 } },
    { id: 'n-buffer', kind: 'text', text: 'Firehose buffers 300 s into S3: no shards to size.', position: { x: 0, y: 160 }, size: { width: 300, height: 48 } },
  ];
  return doc;
}

async function groupedQ1Shot(app: AppPage, sandbox: Sandbox): Promise<void> {
  // The palette may already be folded (a previous shot), where waitUntilReady looks for its search.
  await expect(app.canvas.pane.or(app.startPage).filter({ visible: true }).first()).toBeVisible({ timeout: 15_000 });
  // The start page may show for a moment while the last design reopens.
  if (await app.startPage.isVisible()) await app.startPage.getByRole('button', { name: 'New blank design' }).click({ timeout: 2_000 }).catch(() => undefined);
  await expect(app.canvas.pane).toBeVisible();
  const file = path.join(sandbox.workspace, 'q1-by-stage.pipeboard.json');
  await writeDesign(file, groupedQ1());
  // The palette folded away…
  await app.menuButton('View').click();
  const palette = app.menu('View').getByRole('menuitemcheckbox', { name: 'Show palette' });
  if ((await palette.getAttribute('aria-checked')) === 'true') await palette.click();
  else await app.press('Escape');
  // …and a narrower inspector (64 px, from the keyboard), for the whole design at a readable zoom.
  const inspector = app.page.getByRole('separator', { name: 'Resize the inspector' });
  if (Number(await inspector.getAttribute('aria-valuenow')) > 280) {
    await inspector.focus();
    await app.press('Shift+ArrowRight');
  }
  await app.open(file);
  await expect(app.canvas.nodes).toHaveCount(q1.document.nodes.length);
  await expect(app.canvas.root.locator('.group-frame')).toHaveCount(3);
  await viewSettled(app.page);
  await app.canvas.root.locator('.group-frame__header', { hasText: 'Training' }).click();
  await expect(app.page.getByTestId('group-inspector')).toBeVisible();
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
  { file: 'screenshot.png', viewport: { width: 1440, height: 900 }, prepare: q1WithTrainingSelected(false) },
  { file: 'screenshot-1024.png', viewport: { width: 1024, height: 700 }, prepare: q1WithTrainingSelected(true) },
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
  // Last: folding the palette is remembered in the settings the shots share.
  { file: 'screenshot-groups.png', viewport: { width: 1440, height: 900 }, prepare: groupedQ1Shot },
  { file: 'screenshot-groups-dark.png', viewport: { width: 1440, height: 900 }, colorScheme: 'dark', prepare: groupedQ1Shot },
];

async function take(browser: Browser, url: string, sandbox: Sandbox, shot: Shot): Promise<void> {
  const context = await browser.newContext({ viewport: shot.viewport, deviceScaleFactor: 1, colorScheme: shot.colorScheme ?? 'light', locale: 'en-US' });
  try {
    const page = await context.newPage();
    await page.goto(url);
    const app = new AppPage(page);
    await shot.prepare(app, sandbox);
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
    for (const shot of SHOTS) if (named.length === 0 || named.includes(shot.file)) await take(browser, host.url, sandbox, shot);
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
