import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pipeboard } from './runCli.testutil';
import { analyze } from '../../shared/analysis/analyze';
import { readSvgDocument } from '../../shared/export/svg/readSvg';
import { serializeDocument } from '../../shared/format/index';
import { EXAMPLES } from '../../shared/scenarios/index';
import { formatMoney } from '../../shared/util/numbers';
import { readPngDocument } from '../services/exporters/png';


const q1 = EXAMPLES.find((entry) => entry.id === 'q1-answer')!.document;
const total = formatMoney(analyze(q1).cost.total);
let folder: string;
const file = (name: string): string => join(folder, name);

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'pipeboard-export-'));
  await writeFile(file('q1.pipeboard.json'), serializeDocument(q1));
  await writeFile(file('broken.pipeboard.json'), '{"format":"pipeboard",');
  await writeFile(file('photo.png'), PNG.sync.write(new PNG({ width: 2, height: 2 })));
}, 30_000);

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('pipeboard export', () => {
  it('writes SVG, PNG and PDF next to the input by default, each reopening or showing the same total', async () => {
    const svg = await pipeboard('export', file('q1.pipeboard.json'), '--format', 'svg');
    expect(svg).toMatchObject({ code: 0, stderr: '' });
    expect(svg.stdout).toMatch(/^Wrote .*q1\.svg \(/);
    const svgText = await readFile(file('q1.svg'), 'utf8');
    expect(svgText).toContain(total);
    const back = readSvgDocument(svgText);
    expect(back.ok && serializeDocument(back.document)).toBe(serializeDocument(q1));

    const png = await pipeboard('export', file('q1.pipeboard.json'), '--format', 'png', '--scale', '1', '--theme', 'dark');
    expect(png.code).toBe(0);
    const pngBytes = new Uint8Array(await readFile(file('q1.png')));
    expect(PNG.sync.read(Buffer.from(pngBytes)).width).toBe(Number(/width="(\d+)"/.exec(svgText)![1]));
    expect(readPngDocument(pngBytes).ok).toBe(true);

    const pdf = await pipeboard('export', file('q1.pipeboard.json'), '--format', 'pdf', '--paper', 'letter', '--out', file('sheet.pdf'));
    expect(pdf.code).toBe(0);
    expect((await readFile(file('sheet.pdf'))).subarray(0, 5).toString()).toBe('%PDF-');
  }, 60_000);

  it('writes the Markdown note with its SVG beside it, the CSV and the canonical JSON', async () => {
    const md = await pipeboard('export', file('q1.pipeboard.json'), '--format', 'md', '--out', file('notes/../q1-note.md'));
    expect(md.code).toBe(0);
    const note = await readFile(file('q1-note.md'), 'utf8');
    expect(note).toContain('](q1-note.svg)');
    expect(note).toContain('```mermaid');
    expect(readSvgDocument(await readFile(file('q1-note.svg'), 'utf8')).ok).toBe(true);

    expect((await pipeboard('export', file('q1.pipeboard.json'), '--format', 'csv')).code).toBe(0);
    expect((await readFile(file('q1.csv'), 'utf8')).trim().split('\r\n').at(-1)).toMatch(/,112\.05$/);

    // From an exported image back to the design file.
    const json = await pipeboard('export', file('q1.png'), '--format', 'json', '--out', file('from-png.pipeboard.json'));
    expect(json.code).toBe(0);
    expect(await readFile(file('from-png.pipeboard.json'), 'utf8')).toBe(serializeDocument(q1));
  }, 60_000);

  it('check and cost read exported images', async () => {
    const check = await pipeboard('check', file('q1.svg'));
    expect(check.code).toBe(0);
    expect(check.stdout).toContain(`0 errors, 0 warnings, 0 tips · ${total}/month`);
    const cost = await pipeboard('cost', file('q1.png'), '--json');
    expect(JSON.parse(cost.stdout).cost.total).toBe(112.05);
  }, 60_000);

  it('exits 2 with a clear message and writes nothing for a bad file, a foreign image or a bad option', async () => {
    const before = (await readdir(folder)).sort();
    const cases: Array<[string[], RegExp]> = [
      [['export', file('broken.pipeboard.json'), '--format', 'svg'], /JSON/],
      [['export', file('photo.png'), '--format', 'svg'], /no Pipeboard design inside/],
      [['export', file('missing.pipeboard.json'), '--format', 'svg'], /no such file/],
      [['export', file('q1.pipeboard.json'), '--format', 'gif'], /unknown format 'gif'/],
      [['export', file('q1.pipeboard.json')], /required option '--format/],
      [['export', file('q1.pipeboard.json'), '--format', 'png', '--scale', '7'], /--scale must be 1, 2 or 3/],
      [['export', file('q1.pipeboard.json'), '--format', 'svg', '--scale', '2'], /--scale applies to png only/],
      [['export', file('q1.pipeboard.json'), '--format', 'pdf', '--paper', 'a3'], /--paper must be a4 or letter/],
      [['export', file('q1.pipeboard.json'), '--format', 'svg', '--theme', 'sepia'], /--theme must be light or dark/],
      [['export', file('q1.pipeboard.json'), '--format', 'csv', '--no-cost'], /does not apply to csv/],
      [['export', file('q1.pipeboard.json'), '--format', 'json'], /would overwrite its input/],
      [['export', file('q1.pipeboard.json'), '--format', 'svg', '--out', join(folder, 'no-such-folder', 'x.svg')], /does not exist/],
      [['export', file('q1.pipeboard.json'), '--format', 'svg', '--out', folder], /is a folder/],
    ];
    const results = await Promise.all(cases.map(([args]) => pipeboard(...args)));
    cases.forEach(([args, message], index) => {
      const result = results[index]!;
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr, args.join(' ')).toMatch(message);
      expect(result.stdout).toBe('');
    });
    expect((await readdir(folder)).sort()).toEqual(before);
  }, 120_000);

  it('leaves out sections on request', async () => {
    const result = await pipeboard('export', file('q1.pipeboard.json'), '--format', 'svg', '--no-cost', '--no-issues', '--no-notes', '--out', file('bare.svg'));
    expect(result.code).toBe(0);
    const svg = await readFile(file('bare.svg'), 'utf8');
    expect(svg).not.toContain('class="cost-line"');
    expect(svg).not.toContain('class="needs"');
    expect((await stat(file('bare.svg'))).size).toBeLessThan((await stat(file('q1.svg'))).size);
  }, 60_000);
});
