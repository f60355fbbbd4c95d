import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../../shared/analysis/analyze';
import { NOT_A_DESIGN_FILE, readDesignFile } from '../../../shared/export/designFile';
import { NO_DESIGN_INSIDE } from '../../../shared/export/designInside';
import { exportSvg } from '../../../shared/export/svg/exportSvg';
import { serializeDocument } from '../../../shared/format/index';
import { EXAMPLES } from '../../../shared/scenarios/index';
import { pipeboard } from '../../cli/runCli.testutil';
import { nodeIconSource } from './icons';
import { openDesignFile } from './openDesignFile';
import { renderPng } from './png';

/** An SVG saved as Latin-1 ("café" with a lone 0xE9 byte): not UTF-8, so not one Pipeboard exported. */
const LATIN1_SVG = new Uint8Array([...new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><title>caf'), 0xe9, ...new TextEncoder().encode('</title></svg>')]);

const document = EXAMPLES.find((entry) => entry.id === 'q1-answer')!.document;
let folder: string;
const file = (name: string): string => join(folder, name);

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'pipeboard-open-'));
  const svg = exportSvg(document, analyze(document), { theme: 'dark', include: { cost: true, issues: true, notes: true }, icons: nodeIconSource });
  await writeFile(file('q1.pipeboard.json'), serializeDocument(document));
  await writeFile(file('q1.svg'), svg);
  await writeFile(file('q1.png'), renderPng(svg, document, 1).png);
  // Renamed files: the content decides, not the extension.
  await writeFile(file('q1-image.bin'), renderPng(svg, document, 1).png);
  await writeFile(file('q1-svg.txt'), svg);
  const plain = new PNG({ width: 2, height: 2 });
  await writeFile(file('photo.png'), PNG.sync.write(plain));
  await writeFile(file('drawing.svg'), '<svg xmlns="http://www.w3.org/2000/svg"><circle r="4"/></svg>');
  await writeFile(file('notes.txt'), 'just some notes');
  await writeFile(file('latin1.svg'), LATIN1_SVG);
  await writeFile(file('photo.jpg'), new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00]));
  await mkdir(file('folder.svg'));
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('openDesignFile', () => {
  it('opens a design from .pipeboard.json, an exported SVG or PNG, whatever the extension says', async () => {
    for (const [name, kind] of [['q1.pipeboard.json', 'json'], ['q1.svg', 'svg'], ['q1.png', 'png'], ['q1-image.bin', 'png'], ['q1-svg.txt', 'svg']] as const) {
      const opened = await openDesignFile(file(name));
      expect(opened.ok, name).toBe(true);
      if (!opened.ok) continue;
      expect(opened.kind).toBe(kind);
      expect(serializeDocument(opened.document)).toBe(serializeDocument(document));
      expect(opened.mtimeMs).toBeGreaterThan(0);
    }
  });

  it('says a foreign image has no Pipeboard design inside', async () => {
    for (const name of ['photo.png', 'drawing.svg']) {
      const opened = await openDesignFile(file(name));
      expect(opened.ok).toBe(false);
      if (!opened.ok) {
        expect(opened.message).toBe(NO_DESIGN_INSIDE);
        expect(opened.problems.length).toBe(1);
      }
    }
  });

  it('refuses a non-UTF-8 SVG with the same message as a dropped one and the CLI', async () => {
    const opened = await openDesignFile(file('latin1.svg'));
    const dropped = readDesignFile(LATIN1_SVG, 'latin1.svg');
    expect(dropped).toMatchObject({ ok: false, kind: 'svg', message: NO_DESIGN_INSIDE });
    if (opened.ok || dropped.ok) throw new Error('a non-UTF-8 SVG was opened');
    expect(opened.message).toBe(dropped.message);
    expect(opened.problems).toEqual(dropped.problems);
    expect(dropped.problems[0]!.message).toMatch(/not UTF-8/);
    const cli = await pipeboard('check', file('latin1.svg'));
    expect(cli.code).toBe(2);
    expect(cli.stderr).toContain(dropped.message);
    expect(cli.stderr).toContain(dropped.problems[0]!.message);
  });

  it('refuses binary files that are not PNG from their first bytes', async () => {
    const opened = await openDesignFile(file('photo.jpg'));
    expect(opened.ok || opened.message).toBe(NOT_A_DESIGN_FILE);
  });

  it('keeps the JSON loader messages for other files, and refuses folders and missing files', async () => {
    const text = await openDesignFile(file('notes.txt'));
    expect(text.ok).toBe(false);
    if (!text.ok) expect(text.message).toMatch(/JSON|Pipeboard/);
    const folderResult = await openDesignFile(file('folder.svg'));
    expect(folderResult.ok || folderResult.message).toContain('is a folder');
    const missing = await openDesignFile(file('nope.svg'));
    expect(missing.ok || missing.message).toContain('does not exist');
  });
});
