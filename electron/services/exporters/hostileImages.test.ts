import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { NO_DESIGN_INSIDE } from '../../../shared/export/designInside';
import { isPng, pngChunk, PNG_KEYWORD, PNG_SIGNATURE } from '../../../shared/export/png';
import { readSvgDocument } from '../../../shared/export/svg/readSvg';
import { XML_LIMITS } from '../../../shared/export/svg/xmlLimits';
import { serializeDocument } from '../../../shared/format/index';
import { EXAMPLES } from '../../../shared/scenarios/index';
import { openDesignFile } from './openDesignFile';
import { readPngDocument } from './pngRead';

/** A bare PNG: signature, a 1×1 header, the given chunks, end. Enough for the design reader. */
function pngWith(...chunks: Uint8Array[]): Uint8Array {
  const header = new Uint8Array(13);
  header.set([0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]);
  const parts = [Uint8Array.from(PNG_SIGNATURE), pngChunk('IHDR', header), ...chunks, pngChunk('IEND', new Uint8Array(0))];
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

function zTXt(text: Uint8Array): Uint8Array {
  const keyword = new TextEncoder().encode(`${PNG_KEYWORD}\0\0`);
  const compressed = deflateSync(text);
  const data = new Uint8Array(keyword.length + compressed.length);
  data.set(keyword);
  data.set(compressed, keyword.length);
  return pngChunk('zTXt', data);
}

const folder = mkdtempSync(join(tmpdir(), 'pipeboard-hostile-images-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('hostile images are refused at the limits of what Pipeboard writes', () => {
  it('stops reading an SVG past its element limit, fast, instead of building a tree of every element', () => {
    const flood = `<svg xmlns="http://www.w3.org/2000/svg">${'<g/>'.repeat(XML_LIMITS.maxElements + 10)}</svg>`;
    const started = performance.now();
    const result = readSvgDocument(flood);
    const elapsed = performance.now() - started;
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((problem) => problem.message).join(' ')).toContain('More than 600,000 elements');
    expect(elapsed).toBeLessThan(5000);
  });

  it('refuses a PNG whose compressed text inflates past the largest design file, without expanding it all', () => {
    const bomb = zTXt(new Uint8Array(63 * 1024 * 1024).fill(0x20));
    const png = pngWith(bomb);
    expect(png.length).toBeLessThan(128 * 1024);
    const started = performance.now();
    const result = readPngDocument(png);
    expect(performance.now() - started).toBeLessThan(3000);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).not.toBe(NO_DESIGN_INSIDE);
    if (!result.ok) expect(result.problems.map((problem) => problem.message).join(' ')).toContain('could not be expanded');
  });

  it('still reads a real design from a compressed chunk within the limit', () => {
    const design = EXAMPLES[0]!.document;
    const png = pngWith(zTXt(new TextEncoder().encode(serializeDocument(design))));
    expect(isPng(png)).toBe(true);
    const result = readPngDocument(png);
    expect(result.ok && serializeDocument(result.document)).toBe(serializeDocument(design));
  });

  it('opens no image larger than the limit: a 65 MB file is refused from its size alone', async () => {
    const file = join(folder, 'huge.svg');
    writeFileSync(file, '<svg xmlns="http://www.w3.org/2000/svg">');
    truncateSync(file, 65 * 1024 * 1024);
    const opened = await openDesignFile(file);
    expect(opened.ok).toBe(false);
    if (!opened.ok) expect(opened.message).toContain('Pipeboard opens images up to 64 MB');
  });
});
