/**
 * Where the time of an inspector edit goes: CPU profile (CDP Profiler) of parameter edits on a
 * synthetic design, aggregated by function (self and total time). For diagnosis, next to bench:ui:
 *
 *   npx vite build --minify false --outDir /tmp/pipeboard-unminified
 *   npx tsx e2e/bench/profile.ts --renderer /tmp/pipeboard-unminified --nodes 300 [--tab cost|issues] [--drag]
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, expect } from '@playwright/test';
import { serializeDocument } from '../../shared/format/index';
import { syntheticPipeline } from '../../shared/model/syntheticPipeline';
import { CHROMIUM_ARGS, CHROMIUM_PATH, RENDERER_DIR, makeSandbox, startHost } from '../fixtures/browserLaunch';
import { AppPage } from '../pages/AppPage';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
  hitCount?: number;
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

const { values } = parseArgs({
  options: {
    renderer: { type: 'string', default: RENDERER_DIR },
    nodes: { type: 'string', default: '300' },
    tab: { type: 'string', default: 'cost' },
    edits: { type: 'string', default: '10' },
    drag: { type: 'boolean', default: false },
    top: { type: 'string', default: '35' },
    /** Also write the raw profile (open it in Chrome DevTools' Performance panel). */
    out: { type: 'string' },
    /** Instead of the JS profile: a Chrome trace, summarised by event (style, layout, paint…). */
    trace: { type: 'boolean', default: false },
  },
});

function summarise(profile: Profile, top: number): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const self = new Map<number, number>();
  for (let i = 0; i < profile.samples.length; i++) self.set(profile.samples[i]!, (self.get(profile.samples[i]!) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  const key = (n: ProfileNode) => `${n.callFrame.functionName || '(anonymous)'} ${path.basename(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;
  const selfBy = new Map<string, number>();
  const totalBy = new Map<string, number>();
  for (const [id, time] of self) {
    const node = byId.get(id)!;
    selfBy.set(key(node), (selfBy.get(key(node)) ?? 0) + time);
    // Total: each function on the stack once.
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const k = key(byId.get(at)!);
      if (seen.has(k)) continue;
      seen.add(k);
      totalBy.set(k, (totalBy.get(k) ?? 0) + time);
    }
  }
  const fmt = (map: Map<string, number>) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, t]) => `${t.toFixed(1).padStart(9)} ms  ${k}`)
      .join('\n');
  const wall = (profile.endTime - profile.startTime) / 1000;
  return `Profile: ${wall.toFixed(0)} ms wall\n\nSelf time:\n${fmt(selfBy)}\n\nTotal time:\n${fmt(totalBy)}`;
}

interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
  tid: number;
  pid: number;
  args?: { name?: string };
}

/** Time per event name on the renderer's main thread (complete events, nested ones included). */
function summariseTrace(trace: { traceEvents: TraceEvent[] }, top: number): string {
  const threads = trace.traceEvents.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const main = new Set(threads.map((e) => `${e.pid}:${e.tid}`));
  const by = new Map<string, { ms: number; count: number }>();
  for (const event of trace.traceEvents) {
    if (event.ph !== 'X' || event.dur === undefined || !main.has(`${event.pid}:${event.tid}`)) continue;
    const entry = by.get(event.name) ?? { ms: 0, count: 0 };
    entry.ms += event.dur / 1000;
    entry.count += 1;
    by.set(event.name, entry);
  }
  return [...by]
    .sort((a, b) => b[1].ms - a[1].ms)
    .slice(0, top)
    .map(([name, { ms, count }]) => `${ms.toFixed(1).padStart(9)} ms  ×${String(count).padEnd(6)} ${name}`)
    .join('\n');
}

async function main(): Promise<void> {
  const size = Number(values.nodes);
  const sandbox = await makeSandbox('pipeboard-profile-');
  const host = await startHost(sandbox, path.resolve(values.renderer!));
  // PROFILE_JS_FLAGS=--no-turbo-inlining keeps small functions visible in the profile.
  const jsFlags = process.env.PROFILE_JS_FLAGS ? [`--js-flags=${process.env.PROFILE_JS_FLAGS}`] : [];
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, ...jsFlags] });
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    await context.addInitScript({ path: path.resolve(import.meta.dirname, 'probe.js') });
    const page = await context.newPage();
    await page.goto(host.url);
    const app = new AppPage(page);
    await app.waitUntilReady();
    // PROFILE_CSS='…' tries a style change without a rebuild.
    if (process.env.PROFILE_CSS) await page.addStyleTag({ content: process.env.PROFILE_CSS });
    const file = path.join(sandbox.workspace, `synthetic-${size}.pipeboard.json`);
    const design = syntheticPipeline(size);
    await fs.writeFile(file, serializeDocument(design));
    await app.open(file);
    await expect(app.canvas.nodes.first()).toBeVisible({ timeout: 30_000 });
    await page.evaluate('window.__probe.frames(30)');
    await page.locator('body').focus();
    await page.keyboard.press(']');
    await expect(app.inspector.nodeForm).toBeVisible();
    const fieldId = (await page.evaluate(`window.__probe.fieldId('Events')`)) as string;
    if (values.tab === 'cost') await app.cost.show();
    else await app.issues.show();

    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    if (values.drag) await page.keyboard.press('Escape');
    if (values.trace) await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', 'blink.user_timing', 'v8.execute', 'v8'] });
    else await cdp.send('Profiler.start');
    const timings: number[] = [];
    if (values.drag) {
      const start = (await page.evaluate('window.__probe.nodeNearCentre()')) as { x: number; y: number };
      await page.mouse.move(start.x, start.y);
      await page.mouse.down();
      for (let i = 0; i < 120; i++) await page.mouse.move(start.x + 60 * Math.sin(i / 6), start.y + 30 * (1 - Math.cos(i / 6)));
      await page.mouse.up();
    } else {
      for (let i = 0; i < Number(values.edits); i++) {
        const timing = (await page.evaluate(`window.__probe.edit(${JSON.stringify(fieldId)}, ${3000 + (i % 2) * 700 + i * 10}, ['#tab-cost'])`)) as { frame: number };
        timings.push(timing.frame);
        await page.evaluate('window.__probe.frames(2)');
      }
    }
    if (timings.length) process.stdout.write(`edit → frame, ms: ${timings.map((t) => t.toFixed(0)).join(' ')}\n`);
    if (values.trace) {
      const buffer = await browser.stopTracing();
      if (values.out) await fs.writeFile(values.out, buffer);
      process.stdout.write(`${summariseTrace(JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] }, Number(values.top))}\n`);
    } else {
      const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
      if (values.out) await fs.writeFile(values.out, JSON.stringify(profile));
      process.stdout.write(`${summarise(profile, Number(values.top))}\n`);
    }
  } finally {
    await browser.close();
    await host.close();
    await fs.rm(sandbox.root, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
