/**
 * `npm run bench:ui`: how the whiteboard feels with big designs, in Debian's Chromium against the
 * production build (the npm script runs `vite build` first; this file builds only the bare baseline
 * page, into a temp folder).
 *
 * For designs of 100, 300 and 1,000 nodes (shared/model/syntheticPipeline.ts, each lane in a stage
 * frame and a sticky note beside every fifth lane, opened through File → Open from a real file):
 *  - edit → panels: from a parameter edit in the inspector (an input event on the field) until the
 *    Cost and Issues panels show the new figures (MutationObserver) and that frame is produced;
 *    30 edits each with the Cost tab and with the Issues tab open; p50 and p95.
 *  - drag: rAF intervals while a node is dragged with the mouse, next to a bare React Flow page
 *    (e2e/bench/bare) with the same nodes, canvas size and React Flow options; the ratio is app/bare.
 *  - initial JS: the renderer's entry chunk(s) from dist/renderer/index.html, gzipped.
 *  - open → interactive: from pressing Open in the file dialog until a click on a node near the canvas's
 *    centre has selected it and the inspector shows it (the file read, checked, analysed and drawn).
 * Targets: edit → panels p95 ≤ 50 ms at 300 nodes; drag ratio ≤ 1.3 at 1,000; open → interactive
 * ≤ 1.5 s at 1,000; initial JS ≤ 350 KB.
 */
import { promises as fs } from 'node:fs';
import { createServer, type Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { chromium, expect, type Browser, type CDPSession, type Page } from '@playwright/test';
import { build } from 'vite';
import { serializeDocument } from '../../shared/format/index';
import type { PipelineDocument } from '../../shared/model/document';
import { syntheticPipeline } from '../../shared/model/syntheticPipeline';
import { CHROMIUM_ARGS, CHROMIUM_PATH, RENDERER_DIR, assertRendererBuilt, makeSandbox, startHost } from '../fixtures/browserLaunch';
import { AppPage } from '../pages/AppPage';

const SIZES = (process.env.BENCH_SIZES ?? '100,300,1000').split(',').map(Number);
const EDITS = Number(process.env.BENCH_EDITS ?? 30);
const WARMUP_EDITS = 3;
const DRAG_MOVES = Number(process.env.BENCH_DRAG_MOVES ?? 150);
const VIEWPORT = { width: 1440, height: 900 };
const PROBE = path.resolve(import.meta.dirname, 'probe.js');
const BARE_SOURCE = path.resolve(import.meta.dirname, 'bare');

interface EditTiming {
  commit: number;
  frame: number;
  /** Main-thread CPU time of the edit (CDP ThreadTime), ms: what the page did, whatever else runs. */
  cpu: number;
}

interface Drag {
  /** rAF intervals, ms. */
  frames: number[];
  /** Main-thread CPU per frame while dragging, ms. */
  cpuPerFrame: number;
}

interface Row {
  nodes: number;
  /** Open → interactive, ms. */
  open: number;
  editCost: EditTiming[];
  editIssues: EditTiming[];
  dragApp: Drag;
  dragBare: Drag;
}

/** The renderer main thread's CPU time so far (ms). */
async function threadTime(cdp: CDPSession): Promise<number> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  return (metrics.find((m) => m.name === 'ThreadTime')?.value ?? NaN) * 1000;
}

async function cdpFor(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  return cdp;
}

const log = (line: string) => process.stderr.write(`${line}\n`);

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))]!;
}

const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
const ms = (value: number) => value.toFixed(1);

/** Builds the bare React Flow page into a temp folder. */
async function buildBare(): Promise<string> {
  const outDir = await fs.mkdtemp(path.join(os.tmpdir(), 'pipeboard-bare-'));
  await build({ root: BARE_SOURCE, base: './', configFile: false, logLevel: 'warn', plugins: [react()], build: { outDir, emptyOutDir: true } });
  return outDir;
}

/** A minimal static server for the bare page, on 127.0.0.1. */
async function serve(dir: string): Promise<{ server: Server; url: string }> {
  const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };
  const server = createServer((request, response) => {
    const name = decodeURIComponent((request.url ?? '/').split('?')[0]!);
    const file = path.join(dir, name === '/' ? 'index.html' : name);
    if (!file.startsWith(dir)) return void response.writeHead(403).end();
    fs.readFile(file).then(
      (body) => response.writeHead(200, { 'Content-Type': types[path.extname(file)] ?? 'application/octet-stream' }).end(body),
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return { server, url: `http://127.0.0.1:${address.port}/` };
}

/** The renderer's JavaScript loaded for the first paint: index.html's module script(s) and preloads. */
async function initialJs(): Promise<{ files: { name: string; raw: number; gzip: number }[]; gzip: number }> {
  const html = await fs.readFile(path.join(RENDERER_DIR, 'index.html'), 'utf8');
  const refs = new Set<string>();
  for (const match of html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)) refs.add(match[1]!);
  for (const match of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)) refs.add(match[1]!);
  const files = [];
  for (const ref of refs) {
    const body = await fs.readFile(path.join(RENDERER_DIR, ref.replace(/^\.?\//, '')));
    files.push({ name: path.basename(ref), raw: body.length, gzip: gzipSync(body, { level: 9 }).length });
  }
  return { files, gzip: files.reduce((sum, f) => sum + f.gzip, 0) };
}

async function dragFrames(page: Page): Promise<Drag> {
  const cdp = await cdpFor(page);
  const start = (await page.evaluate('window.__probe.nodeNearCentre()')) as { x: number; y: number; id: string } | null;
  if (!start) throw new Error('No node near the centre of the canvas to drag.');
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x + 4, start.y + 2, { steps: 2 });
  await page.evaluate('window.__probe.startFrames()');
  const cpuBefore = await threadTime(cdp);
  for (let i = 0; i < DRAG_MOVES; i++) {
    const angle = (i / 40) * Math.PI * 2;
    await page.mouse.move(start.x + 4 + 60 * Math.sin(angle), start.y + 2 + 30 * (1 - Math.cos(angle)));
  }
  const cpu = (await threadTime(cdp)) - cpuBefore;
  const intervals = (await page.evaluate('window.__probe.stopFrames()')) as number[];
  await page.mouse.up();
  await cdp.detach();
  // The first intervals include the drag starting; keep the steady state.
  return { frames: intervals.slice(3), cpuPerFrame: cpu / Math.max(1, intervals.length) };
}

async function measureEdits(page: Page, fieldId: string, watch: string[], count: number, base: number): Promise<EditTiming[]> {
  const cdp = await cdpFor(page);
  const timings: EditTiming[] = [];
  for (let i = 0; i < count + WARMUP_EDITS; i++) {
    const value = base + (i % 2 ? 700 : 0) + i * 10;
    const cpuBefore = await threadTime(cdp);
    const timing = (await page.evaluate(`window.__probe.edit(${JSON.stringify(fieldId)}, ${value}, ${JSON.stringify(watch)})`)) as Omit<EditTiming, 'cpu'>;
    const cpu = (await threadTime(cdp)) - cpuBefore;
    if (i >= WARMUP_EDITS) timings.push({ commit: timing.commit, frame: timing.frame, cpu });
    await page.evaluate('window.__probe.frames(2)');
  }
  await cdp.detach();
  return timings;
}

/**
 * File → Open through the app's file dialog; ms from pressing Open until a click on a node near the
 * canvas's centre has selected it and the inspector shows it.
 */
async function openUntilInteractive(app: AppPage, file: string, design: PipelineDocument): Promise<number> {
  await app.chooseMenuItem('File', /^Open/);
  await expect(app.fileDialog.root).toBeVisible();
  await app.fileDialog.waitForListing();
  await app.fileDialog.name.fill(file);
  const started = performance.now();
  await app.fileDialog.root.getByRole('button', { name: 'Open', exact: true }).click();
  // A node on screen near the centre (a 1,000-node design does not fit the view at the least zoom),
  // clicked again while the view is still being fitted (the click then lands beside it).
  const heading = app.inspector.nodeForm.getByRole('heading', { level: 2 });
  await expect(async () => {
    const handle = await app.page.waitForFunction('window.__probe.nodeNearCentre()', null, { timeout: 30_000, polling: 'raf' });
    const target = (await handle.jsonValue()) as { x: number; y: number; id: string };
    await app.page.mouse.click(target.x, target.y);
    await expect(heading).toHaveText(design.nodes.find((node) => node.id === target.id)?.label ?? '', { timeout: 500 });
  }).toPass({ timeout: 30_000, intervals: [0] });
  return performance.now() - started;
}

/** The synthetic pipeline's rows of lanes (two rows of the builder each, 150 apart). */
const LANE_HEIGHT = 300;

/**
 * A stage frame around each lane of the synthetic pipeline, and a sticky note to the right of every
 * fifth lane: the canvas objects people add, present while the whiteboard is measured.
 */
function withFramesAndNotes(design: PipelineDocument): PipelineDocument {
  const lanes = Math.max(...design.nodes.map((node) => Math.round(node.position.y / LANE_HEIGHT))) + 1;
  const right = Math.max(...design.nodes.map((node) => node.position.x)) + 200;
  const groups = Array.from({ length: lanes }, (_, lane) => ({
    id: `lane-frame-${lane}`,
    kind: 'stage' as const,
    label: `Lane ${lane}`,
    colour: (['blue', 'green', 'purple'] as const)[lane % 3]!,
    position: { x: -20, y: lane * LANE_HEIGHT - 52 },
    size: { width: right + 40, height: 150 + 72 + 72 },
  }));
  const annotations = Array.from({ length: Math.ceil(lanes / 5) }, (_, k) => ({
    id: `lane-note-${k}`,
    kind: 'sticky' as const,
    text: `Lanes ${k * 5}–${k * 5 + 4}: check the Spot deadline buffers.`,
    position: { x: right + 60, y: k * 5 * LANE_HEIGHT },
    size: { width: 200, height: 120 },
  }));
  return { ...design, groups, annotations };
}

async function benchApp(browser: Browser, hostUrl: string, file: string, design: PipelineDocument): Promise<Omit<Row, 'dragBare'> & { canvas: { width: number; height: number } }> {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'en-US' });
  await context.addInitScript({ path: PROBE });
  const page = await context.newPage();
  await page.goto(hostUrl);
  const app = new AppPage(page);
  await app.waitUntilReady();
  const open = await openUntilInteractive(app, file, design);
  await expect(app.documentName).toHaveText(path.basename(file).replace(/\.pipeboard\.json$/, ''), { timeout: 30_000 });
  await page.evaluate('window.__probe.frames(30)');
  await page.keyboard.press('Escape');

  // `]` with nothing focused selects the first node in reading order: the first lane's producers.
  await page.locator('body').focus();
  await page.keyboard.press(']');
  await expect(app.inspector.nodeForm).toBeVisible();
  await expect(app.inspector.nodeForm.getByRole('heading', { level: 2 })).toHaveText(design.nodes[0]!.label);
  const fieldId = (await page.evaluate(`window.__probe.fieldId('Events')`)) as string | null;
  if (!fieldId) throw new Error('No "Events" field in the inspector.');

  await app.cost.show();
  const editCost = await measureEdits(page, fieldId, ['#tab-cost', '[data-testid="cost-total"]'], EDITS, 2000);
  await app.issues.show();
  const editIssues = await measureEdits(page, fieldId, ['#tab-cost'], EDITS, 5000);

  // Nothing selected, figures settled: then drag a node.
  await page.keyboard.press('Escape');
  await page.evaluate('window.__probe.frames(10)');
  const dragApp = await dragFrames(page);
  const canvas = await app.canvas.root.evaluate((el) => ({ width: Math.round(el.getBoundingClientRect().width), height: Math.round(el.getBoundingClientRect().height) }));
  await context.close();
  return { nodes: design.nodes.length, open, editCost, editIssues, dragApp, canvas };
}

async function benchBare(browser: Browser, bareUrl: string, design: PipelineDocument, canvas: { width: number; height: number }): Promise<Drag> {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'en-US' });
  await context.addInitScript({ path: PROBE });
  const input = {
    nodes: design.nodes.map((n) => ({ id: n.id, label: n.label, position: n.position })),
    edges: design.edges.map((e) => ({ id: e.id, source: e.source, target: e.target })),
    ...canvas,
  };
  await context.addInitScript(`window.__benchInput = ${JSON.stringify(input)};`);
  const page = await context.newPage();
  await page.goto(bareUrl);
  await expect(page.locator('.react-flow__node').first()).toBeVisible({ timeout: 30_000 });
  await page.evaluate('window.__probe.frames(30)');
  const frames = await dragFrames(page);
  await context.close();
  return frames;
}

async function main(): Promise<void> {
  await assertRendererBuilt();
  log('Building the bare React Flow page…');
  const bareDir = await buildBare();
  const bare = await serve(bareDir);
  const sandbox = await makeSandbox('pipeboard-bench-ui-');
  const host = await startHost(sandbox);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const rows: Row[] = [];
  try {
    for (const size of SIZES) {
      const design = withFramesAndNotes(syntheticPipeline(size));
      const file = path.join(sandbox.workspace, `synthetic-${size}.pipeboard.json`);
      await fs.writeFile(file, serializeDocument(design));
      log(`${size} nodes: edits and drag in Pipeboard…`);
      const app = await benchApp(browser, host.url, file, design);
      log(`${size} nodes: drag in the bare React Flow page…`);
      const dragBare = await benchBare(browser, bare.url, design, app.canvas);
      rows.push({ nodes: app.nodes, open: app.open, editCost: app.editCost, editIssues: app.editIssues, dragApp: app.dragApp, dragBare });
    }
  } finally {
    await browser.close();
    await host.close();
    bare.server.close();
    await fs.rm(sandbox.root, { recursive: true, force: true });
    await fs.rm(bareDir, { recursive: true, force: true });
  }

  const js = await initialJs();
  const version = browser.version();
  const p = (values: readonly number[], at: number) => ms(percentile(values, at));
  const pair = (values: readonly number[]) => `${p(values, 50)} / ${p(values, 95)}`;
  const out: string[] = [];
  out.push(`bench:ui — Chromium ${version} (headless, software rendering), production build, ${VIEWPORT.width}×${VIEWPORT.height}, ${os.cpus().length} cores, load average ${os.loadavg()[0]!.toFixed(1)} at the end`);
  out.push(`Edit → panels: ${EDITS} edits of a parameter in the inspector, until the Cost and Issues panels show the new figures and that frame is produced (wall, ms, p50 / p95),`);
  out.push('  with the Cost tab open (its sheet re-renders) and with the Issues tab open; CPU = main-thread CPU time per edit (p50 / p95), which other load does not inflate.');
  out.push(`Drag: rAF interval while dragging a node with the mouse (${DRAG_MOVES} moves), ms p50 / p95 / mean, and main-thread CPU per frame; ratio = Pipeboard / bare React Flow.`);
  out.push('Open → interactive: from pressing Open in the file dialog until a click on a node near the centre has selected it and the inspector shows it (ms).');
  out.push('');
  out.push('| Nodes | Open → interactive | Edit → panels, Cost tab | CPU | Edit → panels, Issues tab | CPU | Drag frame, Pipeboard | CPU/frame | Drag frame, bare React Flow | CPU/frame | Drag ratio (frame / CPU) |');
  out.push('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const row of rows) {
    const a = row.dragApp;
    const b = row.dragBare;
    out.push(
      `| ${row.nodes.toLocaleString('en-US')} | ${ms(row.open)} | ${pair(row.editCost.map((t) => t.frame))} | ${pair(row.editCost.map((t) => t.cpu))} | ${pair(row.editIssues.map((t) => t.frame))} | ${pair(row.editIssues.map((t) => t.cpu))} | ${pair(a.frames)} / ${ms(mean(a.frames))} | ${ms(a.cpuPerFrame)} | ${pair(b.frames)} / ${ms(mean(b.frames))} | ${ms(b.cpuPerFrame)} | ${(mean(a.frames) / mean(b.frames)).toFixed(2)} / ${(a.cpuPerFrame / b.cpuPerFrame).toFixed(2)} |`,
    );
  }
  out.push('');
  out.push(`Initial JavaScript (gzip -9 of the chunks index.html loads: entry and module preloads): ${(js.gzip / 1024).toFixed(1)} KB — ${js.files.map((f) => `${f.name} ${(f.raw / 1024).toFixed(0)} KB`).join(', ')} raw`);
  const at300 = rows.find((r) => r.nodes === 300);
  const at1000 = rows.find((r) => r.nodes === 1000);
  const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
  out.push('');
  if (at300) {
    const p95 = Math.max(percentile(at300.editCost.map((t) => t.frame), 95), percentile(at300.editIssues.map((t) => t.frame), 95));
    out.push(`Target edit → panels p95 ≤ 50 ms at 300 nodes: ${ms(p95)} ms — ${verdict(p95 <= 50)}`);
  }
  if (at1000) {
    const ratio = mean(at1000.dragApp.frames) / mean(at1000.dragBare.frames);
    out.push(`Target drag ratio ≤ 1.3 at 1,000 nodes: ${ratio.toFixed(2)} (CPU per frame ${(at1000.dragApp.cpuPerFrame / at1000.dragBare.cpuPerFrame).toFixed(2)}) — ${verdict(ratio <= 1.3)}`);
    out.push(`Target open → interactive ≤ 1.5 s at 1,000 nodes: ${ms(at1000.open)} ms — ${verdict(at1000.open <= 1500)}`);
  }
  out.push(`Target initial JS ≤ 350 KB gzipped: ${(js.gzip / 1024).toFixed(1)} KB — ${verdict(js.gzip <= 350 * 1024)}`);
  process.stdout.write(`${out.join('\n')}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
