import { analyze } from '../../shared/analysis/analyze';
import { exportSvg } from '../../shared/export/svg/exportSvg';
import { syntheticPipeline } from '../../shared/model/syntheticPipeline';
import { nodeIconSource } from '../services/exporters/icons';
import { exportPdf } from '../services/exporters/pdf';
import { renderPng } from '../services/exporters/png';
import { cpus, loadavg } from 'node:os';
import { PDFDocument } from 'pdf-lib';
import { printTable } from './stats';

/**
 * `npm run bench:export`: SVG, PNG (2x) and PDF export times for generated 10-, 100- and 1,000-node
 * designs. Each time covers the whole export from the analysed document to the file's bytes (the PNG
 * includes writing its SVG); analyze() itself is not included (see `npm run bench`).
 * Targets at 100 nodes: SVG ≤ 20 ms, PNG 2x ≤ 400 ms, PDF ≤ 400 ms.
 */

const include = { cost: true, issues: true, notes: true };

/**
 * Median wall-clock time, and the median CPU time this process used (user + system): on a machine
 * other work keeps busy, the CPU time shows what the export itself costs.
 */
async function median(fn: () => unknown, runs: number, warmup: number): Promise<{ median: number; cpu: number }> {
  for (let k = 0; k < warmup; k++) await fn();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let k = 0; k < runs; k++) {
    const startCpu = process.cpuUsage();
    const start = performance.now();
    await fn();
    wall.push(performance.now() - start);
    const used = process.cpuUsage(startCpu);
    cpu.push((used.user + used.system) / 1000);
  }
  const mid = (values: number[]): number => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  return { median: mid(wall), cpu: mid(cpu) };
}

const TARGETS: Record<string, number> = { svg: 20, png: 400, pdf: 400 };
const rows: string[][] = [];
for (const size of [10, 100, 1_000]) {
  const document = syntheticPipeline(size);
  const analysis = analyze(document);
  const runs = size >= 1_000 ? 5 : size >= 100 ? 15 : 30;
  const svgText = (): string => exportSvg(document, analysis, { theme: 'light', include, icons: nodeIconSource });
  const svg = await median(svgText, runs * 2, 5);
  let pixels = '';
  const png = await median(
    () => {
      const result = renderPng(svgText(), document, 2);
      pixels = `${result.width}×${result.height}${result.scale < 2 ? ` (scale ${result.scale.toFixed(2)})` : ''}`;
    },
    runs,
    2,
  );
  const pdf = await median(
    async () => {
      await exportPdf(document, analysis, { theme: 'light', include, paper: 'a4' });
    },
    runs,
    2,
  );
  const mark = (kind: string, timing: { median: number; cpu: number }): string =>
    `${timing.median.toFixed(1)} (cpu ${timing.cpu.toFixed(0)})${size === 100 ? (timing.median <= TARGETS[kind]! ? ' ✓' : ` ✗ (≤ ${TARGETS[kind]})`) : ''}`;
  const pdfBytes = await exportPdf(document, analysis, { theme: 'light', include, paper: 'a4' });
  const pages = (await PDFDocument.load(pdfBytes)).getPageCount();
  rows.push([String(size), String(analysis.cost.lines.length), mark('svg', svg), mark('png', png), pixels, mark('pdf', pdf), String(pages)]);
}
console.log(`Export times on generated pipelines (median ms, and median CPU ms of this process) — Node ${process.version}, ${new Date().toISOString().slice(0, 10)}, ${cpus().length} CPUs, load average ${loadavg().map((value) => value.toFixed(1)).join(' ')}`);
printTable(['nodes', 'cost lines', 'SVG', 'PNG 2x', 'PNG pixels', 'PDF (A4)', 'PDF pages'], rows);
