import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../../shared/analysis/analyze';
import { design } from '../../../shared/model/builder';
import type { PipelineDocument } from '../../../shared/model/document';
import { EXAMPLES } from '../../../shared/scenarios/index';
import { syntheticPipeline } from '../../../shared/model/syntheticPipeline';
import { formatMoney } from '../../../shared/util/numbers';
import { exportPdf, PAPER_SIZES, type Paper } from './pdf';

const ALL = { cost: true, issues: true, notes: true };
let folder: string;

/**
 * pdftotext, pdfinfo and pdftoppm come from Debian's poppler-utils, which `npm test` installs before any
 * test runs (electron/tools/systemDeps.mjs). A test never installs anything: without them, fail saying so.
 */
function requirePoppler(): void {
  const missing = ['pdftotext', 'pdfinfo', 'pdftoppm'].filter((tool) => spawnSync(tool, ['-v'], { stdio: 'ignore' }).status !== 0);
  if (missing.length > 0) {
    throw new Error(`The PDF tests need ${missing.join(', ')} from Debian's poppler-utils: run \`npm test\` (it installs them) or \`sudo apt-get install -y poppler-utils\`.`);
  }
}

beforeAll(async () => {
  requirePoppler();
  folder = await mkdtemp(join(tmpdir(), 'pipeboard-pdf-'));
});

afterAll(async () => {
  if (folder !== undefined) await rm(folder, { recursive: true, force: true });
});

async function pdfText(document: PipelineDocument, paper: Paper, name: string, theme: 'light' | 'dark' = 'light'): Promise<{ text: string; file: string; pages: number }> {
  const bytes = await exportPdf(document, analyze(document), { theme, include: ALL, paper });
  const file = join(folder, `${name}.pdf`);
  await writeFile(file, bytes);
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info)!;
  expect([Number(size[1]), Number(size[2])]).toEqual([PAPER_SIZES[paper].width, PAPER_SIZES[paper].height].map((value) => Math.round(value * 100) / 100));
  return { text, file, pages: Number(/Pages:\s+(\d+)/.exec(info)![1]) };
}

/** pdftotext breaks lines where the layout wrapped them; compare without whitespace. */
const squash = (text: string): string => text.replace(/\s+/g, '');

describe('PDF export', () => {
  for (const paper of ['a4', 'letter'] as const) {
    it(`${paper}: pdftotext finds the title, every label, every formula and the total`, async () => {
      for (const entry of EXAMPLES) {
        const analysis = analyze(entry.document);
        const { text } = await pdfText(entry.document, paper, `${entry.id}-${paper}`);
        const flat = squash(text);
        expect(flat).toContain(squash(entry.document.title));
        for (const node of entry.document.nodes) expect(flat).toContain(squash(node.label));
        for (const line of analysis.cost.lines) expect(flat).toContain(squash(line.formula));
        expect(text).toContain(formatMoney(analysis.cost.total));
        for (const issue of analysis.issues) expect(flat).toContain(squash(issue.why));
      }
    });
  }

  it('numbers its pages, repeats the table header after a break, and keeps every line item of a large design', async () => {
    const document = syntheticPipeline(30);
    const analysis = analyze(document);
    const { text, pages } = await pdfText(document, 'a4', 'synthetic-30');
    expect(pages).toBeGreaterThan(2);
    expect(text).toContain(`page 1 of ${pages}`);
    expect(text).toContain(`page ${pages} of ${pages}`);
    expect(text.match(/MONTHLY/g)!.length).toBeGreaterThan(1);
    const flat = squash(text);
    for (const line of analysis.cost.lines) expect(flat).toContain(squash(line.formula));
    expect(text).toContain(formatMoney(analysis.cost.total));
  });

  it('keeps Hebrew, Arabic and symbols selectable, and shows what no shipped font has as U+FFFD', async () => {
    const document = design({
      title: 'Scripts → ≈ ≤',
      nodes: [
        { id: 'he', service: 'source', label: 'שלום עולם', params: { eventsPerSecond: 10, bytesPerEvent: 100 } },
        { id: 'ar', service: 's3', label: 'مرحبا' },
        { id: 'emoji', service: 'lambda', label: 'Party 😀' },
      ],
      flows: ['he>ar'],
    });
    const { text } = await pdfText(document, 'letter', 'scripts');
    expect(text).toContain('Scripts → ≈ ≤');
    expect(text).toContain('שלום');
    expect(text).toContain('עולם');
    expect(text).toContain('Party');
    expect(text).toContain('\uFFFD');
  });

  it('renders in the dark theme and as pictures pdftoppm can draw', async () => {
    const document = EXAMPLES.find((entry) => entry.id === 'q1-answer')!.document;
    const { file } = await pdfText(document, 'a4', 'q1-dark', 'dark');
    execFileSync('pdftoppm', ['-png', '-r', '30', '-f', '1', '-l', '1', file, join(folder, 'page')]);
    expect((await readdir(folder)).some((name) => name.startsWith('page') && name.endsWith('.png'))).toBe(true);
  });
});
