import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../shared/analysis/analyze';
import { NO_DESIGN_INSIDE } from '../../shared/export/designInside';
import { readSvgDocument } from '../../shared/export/svg/readSvg';
import { parseDocument, serializeDocument } from '../../shared/format/index';
import type { ExportDesignRequest, ExportFormat } from '../../shared/ipc/contract';
import type { PipelineDocument } from '../../shared/model/document';
import { EXAMPLES } from '../../shared/scenarios/index';
import { formatMoney } from '../../shared/util/numbers';
import { markdownSvgPath } from './designExportPaths';
import { readPngDocument } from './exporters/pngRead';
import { createPlatformServices, type PlatformServices } from './platformServices';
import { listFilesRecursively, makeTempDir, removeTempDir } from './testSupport.testutil';

/**
 * The exportDesign bridge method on real files: the same bytes as `pipeboard export`, written only
 * inside the workspace in browser mode, and images that reopen as the design.
 */

const run = promisify(execFile);
const cli = fileURLToPath(new URL('../cli/bin.mjs', import.meta.url));
const ALL = { cost: true, issues: true, notes: true };

let base: string;
let root: string;
let services: PlatformServices;
let q1: PipelineDocument;
let total: string;
const inRoot = (name: string) => path.join(root, name);

function request(format: ExportFormat, name: string, extra: Partial<ExportDesignRequest> = {}): ExportDesignRequest {
  return { path: inRoot(name), format, document: q1, theme: 'light', include: ALL, ...extra };
}

/** PNG width and height from its IHDR chunk. */
function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

beforeAll(async () => {
  base = await makeTempDir('pipeboard-design-export-');
  root = path.join(base, 'workspace');
  await fs.mkdir(path.join(root, 'cli'), { recursive: true });
  await fs.mkdir(path.join(root, 'app'), { recursive: true });
  services = await createPlatformServices({ kind: 'browser', dataDir: path.join(base, 'data'), roots: [root] });
  // What the CLI reads back from the file is what the app exports: the loaded, canonical document.
  const text = serializeDocument(EXAMPLES.find((entry) => entry.id === 'q1-answer')!.document);
  await fs.writeFile(inRoot('q1.pipeboard.json'), text);
  const loaded = parseDocument(text);
  if (!loaded.ok) throw new Error(loaded.message);
  q1 = loaded.document;
  total = formatMoney(analyze(q1).cost.total);
}, 30_000);

afterAll(async () => {
  await removeTempDir(base);
});

describe('exportDesign', () => {
  it('writes the same bytes as `pipeboard export` for SVG, CSV, Markdown (and its SVG) and JSON', async () => {
    const cases: { format: ExportFormat; name: string; cliArgs: string[] }[] = [
      { format: 'svg', name: 'sheet.svg', cliArgs: ['--theme', 'dark'] },
      { format: 'csv', name: 'cost.csv', cliArgs: [] },
      { format: 'md', name: 'note.md', cliArgs: ['--theme', 'dark', '--no-notes'] },
      { format: 'json', name: 'design.pipeboard.json', cliArgs: [] },
    ];
    await Promise.all(
      cases.map(({ format, name, cliArgs }) =>
        run(process.execPath, [cli, 'export', inRoot('q1.pipeboard.json'), '--format', format, '--out', inRoot(`cli/${name}`), ...cliArgs]),
      ),
    );
    for (const { format, name, cliArgs } of cases) {
      const theme = cliArgs.includes('dark') ? 'dark' : 'light';
      const include = { ...ALL, notes: !cliArgs.includes('--no-notes') };
      const result = await services.exportDesign(request(format, `app/${name}`, { theme, include }));
      const written = await fs.readFile(inRoot(`app/${name}`));
      expect(result, format).toEqual({
        ok: true,
        path: inRoot(`app/${name}`),
        bytes: written.byteLength,
        alsoWritten: format === 'md' ? [inRoot('app/note.svg')] : [],
        notes: [],
      });
      expect(written.equals(await fs.readFile(inRoot(`cli/${name}`))), `${format} differs from the CLI's`).toBe(true);
    }
    // The note's SVG beside it too, and the note shows it and the total.
    expect((await fs.readFile(inRoot('app/note.svg'))).equals(await fs.readFile(inRoot('cli/note.svg')))).toBe(true);
    const note = await fs.readFile(inRoot('app/note.md'), 'utf8');
    expect(note).toContain('```mermaid');
    expect(note).toContain('(note.svg)');
    expect(note).toContain(total);
  }, 120_000);

  it('writes a PNG at the chosen scale that reopens as the same design, and a vector PDF', async () => {
    const one = await services.exportDesign(request('png', 'sheet-1x.png', { scale: 1 }));
    const two = await services.exportDesign(request('png', 'sheet-2x.png', { scale: 2, theme: 'dark' }));
    expect(one).toMatchObject({ ok: true, notes: [] });
    expect(two).toMatchObject({ ok: true, notes: [] });
    const png1 = new Uint8Array(await fs.readFile(inRoot('sheet-1x.png')));
    const png2 = new Uint8Array(await fs.readFile(inRoot('sheet-2x.png')));
    expect([...png2.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(pngSize(png2).width).toBe(2 * pngSize(png1).width);
    expect(pngSize(png2).height).toBe(2 * pngSize(png1).height);
    const back = readPngDocument(png2);
    expect(back.ok && serializeDocument(back.document)).toBe(serializeDocument(q1));

    expect(await services.exportDesign(request('pdf', 'sheet.pdf', { paper: 'letter' }))).toMatchObject({ ok: true });
    expect((await fs.readFile(inRoot('sheet.pdf'))).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  }, 60_000);

  it('opens exported SVG and PNG images as the design, and says when an image has none', async () => {
    await services.exportDesign(request('svg', 'open.svg'));
    const svg = await services.openDocument(inRoot('open.svg'));
    expect(svg).toMatchObject({ ok: true, kind: 'svg', path: inRoot('open.svg') });
    expect(svg.ok && serializeDocument(svg.document)).toBe(serializeDocument(q1));
    const png = await services.openDocument(inRoot('sheet-1x.png'));
    expect(png).toMatchObject({ ok: true, kind: 'png' });

    // One byte of the embedded design changed: its checksum no longer matches.
    const tampered = new Uint8Array(await fs.readFile(inRoot('sheet-1x.png')));
    const at = Buffer.from(tampered).indexOf('"title"');
    tampered[at + 2] = tampered[at + 2]! ^ 0x20;
    await fs.writeFile(inRoot('tampered.png'), tampered);
    const refused = await services.openDocument(inRoot('tampered.png'));
    expect(refused).toMatchObject({ ok: false, message: expect.stringMatching(/no intact Pipeboard design inside/) });

    await fs.writeFile(inRoot('foreign.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"/>');
    expect(await services.openDocument(inRoot('foreign.svg'))).toMatchObject({ ok: false, message: NO_DESIGN_INSIDE });
    expect(readSvgDocument(await fs.readFile(inRoot('open.svg'), 'utf8')).ok).toBe(true);
    // Design files open as before.
    expect(await services.openDocument(inRoot('q1.pipeboard.json'))).toMatchObject({ ok: true, kind: 'json' });
  }, 60_000);

  it('refuses paths outside the workspace, for the note and the SVG beside it, and writes nothing', async () => {
    const before = await listFilesRecursively(base);
    for (const target of [path.join(base, 'escaped.svg'), path.join(root, '..', 'escaped.png'), '/tmp/escaped-pipeboard.md', root]) {
      const reply = await services.call('exportDesign', [{ ...request('svg', 'x.svg'), path: target, format: target.endsWith('.md') ? 'md' : 'svg' }]);
      expect(reply, target).toMatchObject({ ok: false, code: 'outside-workspace' });
    }
    await expect(fs.stat('/tmp/escaped-pipeboard.md')).rejects.toThrow();
    await expect(fs.stat('/tmp/escaped-pipeboard.svg')).rejects.toThrow();
    expect(await listFilesRecursively(base)).toEqual(before);
  });

  it('refuses malformed arguments and invalid designs, writing nothing', async () => {
    const before = await listFilesRecursively(root);
    const malformed: unknown[][] = [
      [],
      [{ ...request('svg', 'm.svg'), format: 'gif' }],
      [{ ...request('png', 'm.png'), scale: 4 }],
      [{ ...request('pdf', 'm.pdf'), paper: 'a3' }],
      [{ ...request('svg', 'm.svg'), theme: 'neon' }],
      [{ ...request('svg', 'm.svg'), include: { cost: true } }],
      [{ ...request('svg', 'm.svg'), extra: true }],
      [{ ...request('svg', 'm.svg'), document: { format: 'other' } }],
      [{ ...request('svg', 'm.svg'), path: '' }],
      [request('svg', 'm.svg'), 'second'],
    ];
    for (const args of malformed) {
      expect(await services.call('exportDesign', args), JSON.stringify(args).slice(0, 120)).toMatchObject({ ok: false, code: 'invalid-argument' });
    }
    // Shaped like a design but not one the loader accepts: refused in the result, in the user's words.
    const invalid = { ...q1, nodes: [...q1.nodes, { ...q1.nodes[0]!, service: 'teleporter' }] };
    const refused = await services.exportDesign(request('svg', 'invalid.svg', { document: invalid as PipelineDocument }));
    expect(refused).toMatchObject({ ok: false, path: inRoot('invalid.svg'), message: expect.stringContaining('not a valid Pipeboard design') });
    expect(await listFilesRecursively(root)).toEqual(before);
  });

  it('refuses to write over a folder, with a sentence', async () => {
    await fs.mkdir(inRoot('folder.svg'));
    expect(await services.exportDesign(request('svg', 'folder.svg'))).toMatchObject({ ok: false, message: expect.stringContaining('is a folder') });
    await fs.mkdir(inRoot('blocked.svg'));
    // The note's SVG cannot be written: neither file appears.
    expect(await services.exportDesign(request('md', 'blocked.md'))).toMatchObject({ ok: false, message: expect.stringContaining('blocked.svg') });
    await expect(fs.stat(inRoot('blocked.md'))).rejects.toThrow();
  });

  it('puts the SVG beside a note by the CLI rule', () => {
    expect(markdownSvgPath('/a/note.md')).toBe('/a/note.svg');
    expect(markdownSvgPath('/a/NOTE.MD')).toBe('/a/NOTE.svg');
    expect(markdownSvgPath('/a/note.txt')).toBe('/a/note.txt.svg');
  });
});
