import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../shared/analysis/analyze';
import { NO_DESIGN_INSIDE } from '../../../shared/export/designInside';
import { crc32 } from '../../../shared/util/crc32';
import { embedDesignInPng, PNG_KEYWORD } from '../../../shared/export/png';
import { exportSvg } from '../../../shared/export/svg/exportSvg';
import { serializeDocument } from '../../../shared/format/index';
import type { PipelineDocument } from '../../../shared/model/document';
import { EXAMPLES } from '../../../shared/scenarios/index';
import { nodeIconSource } from './icons';
import { fittedScale, PNG_MAX_SIDE, readPngDocument, renderPng } from './png';
import { referenceDocument, renderReference } from './tools/reference';

const ALL = { cost: true, issues: true, notes: true };
const q1 = (): PipelineDocument => EXAMPLES.find((entry) => entry.id === 'q1-answer')!.document;
const svgOf = (document: PipelineDocument): string => exportSvg(document, analyze(document), { theme: 'light', include: ALL, icons: nodeIconSource });

/** The chunks of a PNG as [type, data offset, data length]. */
function chunkList(png: Uint8Array): Array<[string, number, number]> {
  const view = Buffer.from(png);
  const out: Array<[string, number, number]> = [];
  for (let at = 8; at < view.length; ) {
    const length = view.readUInt32BE(at);
    out.push([view.toString('latin1', at + 4, at + 8), at + 8, length]);
    at += 12 + length;
  }
  return out;
}

describe('PNG export', () => {
  it('renders the sheet at 1x, 2x and 3x with the design in an iTXt chunk after IHDR', () => {
    const document = q1();
    const svg = svgOf(document);
    const width = Number(/width="(\d+)"/.exec(svg)![1]);
    for (const scale of [1, 2, 3]) {
      const result = renderPng(svg, document, scale);
      const image = PNG.sync.read(Buffer.from(result.png));
      expect(image.width).toBe(Math.round(width * scale));
      expect(result.scale).toBe(scale);
      const chunks = chunkList(result.png);
      expect(chunks[0]![0]).toBe('IHDR');
      expect(chunks[1]![0]).toBe('iTXt');
      expect(Buffer.from(result.png).toString('latin1', chunks[1]![1], chunks[1]![1] + PNG_KEYWORD.length)).toBe(PNG_KEYWORD);
    }
  });

  it('reopens to the same design and the same analysis', () => {
    for (const entry of EXAMPLES) {
      const { png } = renderPng(svgOf(entry.document), entry.document, 1);
      const back = readPngDocument(png);
      expect(back.ok).toBe(true);
      if (!back.ok) continue;
      expect(serializeDocument(back.document)).toBe(serializeDocument(entry.document));
      expect(analyze(back.document)).toEqual(analyze(entry.document));
    }
  });

  it('replaces, not duplicates, an earlier design chunk', () => {
    const document = q1();
    const { png } = renderPng(svgOf(document), document, 1);
    const other = EXAMPLES.find((entry) => entry.id === 'q2-answer')!.document;
    const again = embedDesignInPng(png, other);
    expect(chunkList(again).filter(([type]) => type === 'iTXt')).toHaveLength(1);
    const back = readPngDocument(again);
    expect(back.ok && back.document.title).toBe(other.title);
  });

  it('says a foreign PNG, a non-PNG and a truncated PNG have no Pipeboard design inside', () => {
    const plain = new PNG({ width: 4, height: 4 });
    plain.data.fill(255);
    const foreign = new Uint8Array(PNG.sync.write(plain));
    const { png } = renderPng(svgOf(q1()), q1(), 1);
    for (const bytes of [foreign, new TextEncoder().encode('not an image at all'), png.subarray(0, 40)]) {
      const result = readPngDocument(bytes);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).toBe(NO_DESIGN_INSIDE);
    }
  });

  it('notices a tampered design chunk', () => {
    const { png } = renderPng(svgOf(q1()), q1(), 1);
    const [, start, length] = chunkList(png).find(([type]) => type === 'iTXt')!;
    const tampered = new Uint8Array(png);
    const at = start + length - 20;
    tampered[at] = tampered[at] === 0x31 ? 0x32 : 0x31;
    const result = readPngDocument(tampered);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toContain('no intact Pipeboard design inside');
      expect(result.problems[0]!.message).toContain('checksum');
    }
  });

  it("gives the loader's problems when the chunk is intact but the design is not valid", () => {
    const { png } = renderPng(svgOf(q1()), q1(), 1);
    const chunks = chunkList(png);
    const json = JSON.stringify({ format: 'pipeboard', version: 1, title: 'x', nodes: [{ id: 'k', service: 'kinesis-data-streams', label: '', position: { x: 0, y: 0 }, params: { shards: -2 } }], edges: [] });
    const body = Buffer.concat([Buffer.from(`${PNG_KEYWORD}\0\0\0\0\0`, 'latin1'), Buffer.from(json)]);
    const chunk = Buffer.alloc(12 + body.length);
    chunk.writeUInt32BE(body.length, 0);
    chunk.write('iTXt', 4, 'latin1');
    body.copy(chunk, 8);
    chunk.writeUInt32BE(crc32(chunk, 4, 8 + body.length), 8 + body.length);
    const [, start, length] = chunks.find(([type]) => type === 'iTXt')!;
    const forged = Buffer.concat([Buffer.from(png.subarray(0, start - 8)), chunk, Buffer.from(png.subarray(start + length + 4))]);
    const result = readPngDocument(new Uint8Array(forged));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((problem) => problem.path)).toContain('nodes[0].params.shards');
  });

  it('still reads a design another tool recompressed into zTXt', () => {
    const document = q1();
    const { png } = renderPng(svgOf(document), document, 1);
    const chunks = chunkList(png);
    const [, start, length] = chunks.find(([type]) => type === 'iTXt')!;
    const body = Buffer.concat([Buffer.from(`${PNG_KEYWORD}\0\0`, 'latin1'), deflateSync(Buffer.from(serializeDocument(document)))]);
    const chunk = Buffer.alloc(12 + body.length);
    chunk.writeUInt32BE(body.length, 0);
    chunk.write('zTXt', 4, 'latin1');
    body.copy(chunk, 8);
    chunk.writeUInt32BE(crc32(chunk, 4, 8 + body.length), 8 + body.length);
    const rewritten = Buffer.concat([Buffer.from(png.subarray(0, start - 8)), chunk, Buffer.from(png.subarray(start + length + 4))]);
    const back = readPngDocument(new Uint8Array(rewritten));
    expect(back.ok && serializeDocument(back.document)).toBe(serializeDocument(document));
  });

  it('draws a huge sheet at a lower scale instead of an image no viewer can open', () => {
    expect(fittedScale(1200, 4000, 2)).toBe(2);
    expect(fittedScale(1200, 40_000, 2)).toBeCloseTo(PNG_MAX_SIDE / 40_000);
  });

  describe('pixel check', () => {
    const referenceFile = fileURLToPath(new URL('./__fixtures__/q1-answer.reference.png', import.meta.url));
    /** Pixels that differ beyond anti-aliasing and a small colour distance (pixelmatch's defaults, threshold 0.1). */
    const differing = (png: Uint8Array): number => {
      const expected = PNG.sync.read(readFileSync(referenceFile));
      const actual = PNG.sync.read(Buffer.from(png));
      expect([actual.width, actual.height]).toEqual([expected.width, expected.height]);
      return pixelmatch(actual.data, expected.data, undefined, actual.width, actual.height, { threshold: 0.1 });
    };
    // A different CPU may round a few edge pixels differently; one changed letter already moves ~130.
    const TOLERANCE = 40;

    it('the Q1 answer (2x, light) matches the committed reference picture (npm run export:reference)', () => {
      expect(differing(renderReference(referenceDocument()))).toBeLessThanOrEqual(TOLERANCE);
    });

    it('a one-letter change to a label is caught', () => {
      const document = referenceDocument();
      const changed = { ...document, nodes: document.nodes.map((node) => (node.id === 'fh' ? { ...node, label: `${node.label}s` } : node)) };
      expect(differing(renderReference(changed))).toBeGreaterThan(TOLERANCE);
    });
  });
});
