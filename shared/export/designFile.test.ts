import { describe, expect, it } from 'vitest';
import { crc32 } from '../util/crc32';
import { NO_DESIGN_INSIDE } from './designInside';
import { embedDesignInPng } from './png';
import { exportSvg } from './svg/exportSvg';
import { analyze } from '../analysis/analyze';
import { serializeDocument } from '../format/index';
import { EXAMPLES } from '../scenarios/examples';
import { NOT_A_DESIGN_FILE, readDesignFile } from './designFile';
import { designFileKind } from './designFileKind';

const q1 = EXAMPLES.find((entry) => entry.id === 'q1-answer')!.document;
const encoder = new TextEncoder();

function chunk(type: string, data: number[]): number[] {
  const body = [...type].map((c) => c.charCodeAt(0)).concat(data);
  const crc = crc32(new Uint8Array(body));
  const be = (n: number) => [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
  return [...be(data.length), ...body, ...be(crc)];
}

/** A 1×1 PNG's chunks (the pixels are never decoded here), as another program would write one. */
const foreignPng = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a,
  ...chunk('IHDR', [0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]),
  ...chunk('IDAT', [0x78, 0x9c, 0x63, 0, 0, 0, 0, 0]),
  ...chunk('IEND', []),
]);

describe('a design inside a file', () => {
  it('is told apart by its first bytes, then by its name', () => {
    expect(designFileKind(foreignPng, 'sheet.svg')).toBe('png');
    expect(designFileKind(encoder.encode('\uFEFF  <svg/>'), 'x.json')).toBe('svg');
    expect(designFileKind(encoder.encode('{"format":"pipeboard"}'), 'x.svg')).toBe('svg');
    expect(designFileKind(encoder.encode('{"format":"pipeboard"}'), 'x.pipeboard.json')).toBe('json');
    expect(designFileKind(encoder.encode('just some notes'), 'notes.txt')).toBe('json');
    expect(designFileKind(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46]), 'photo.jpg')).toBe('other');
  });

  it('opens the design inside a Pipeboard PNG and SVG, and a design file', () => {
    const png = readDesignFile(embedDesignInPng(foreignPng, q1), 'q1.png');
    expect(png.kind).toBe('png');
    expect(png.ok && serializeDocument(png.document)).toBe(serializeDocument(q1));

    const svg = exportSvg(q1, analyze(q1), { theme: 'dark', include: { cost: true, issues: true, notes: true }, icons: () => undefined });
    const fromSvg = readDesignFile(encoder.encode(svg), 'q1.svg');
    expect(fromSvg.kind).toBe('svg');
    expect(fromSvg.ok && serializeDocument(fromSvg.document)).toBe(serializeDocument(q1));

    const json = readDesignFile(encoder.encode(serializeDocument(q1)), 'q1.pipeboard.json');
    expect(json).toMatchObject({ ok: true, kind: 'json' });
  });

  it('says "no Pipeboard design inside" for a foreign or tampered image', () => {
    expect(readDesignFile(foreignPng, 'photo.png')).toMatchObject({ ok: false, kind: 'png', message: NO_DESIGN_INSIDE });
    expect(readDesignFile(encoder.encode('<svg xmlns="http://www.w3.org/2000/svg"/>'), 'logo.svg')).toMatchObject({ ok: false, message: NO_DESIGN_INSIDE });
    expect(readDesignFile(new Uint8Array([0x3c, 0xff, 0xfe]), 'bad.svg')).toMatchObject({ ok: false, message: NO_DESIGN_INSIDE });

    const tampered = embedDesignInPng(foreignPng, q1);
    const at = new TextDecoder('latin1').decode(tampered).indexOf('"title"');
    tampered[at + 3] = tampered[at + 3]! ^ 0x01;
    const refused = readDesignFile(tampered, 'q1.png');
    expect(refused).toMatchObject({ ok: false, message: expect.stringMatching(/no intact Pipeboard design inside/) });
  });

  it('refuses binary data that is neither a design nor an image Pipeboard exports', () => {
    const jpeg = readDesignFile(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46]), 'photo.jpg');
    expect(jpeg).toMatchObject({ ok: false, kind: 'other', message: NOT_A_DESIGN_FILE });
  });

  it('reports a broken design file with the loader’s problems', () => {
    const result = readDesignFile(encoder.encode('{"format":"pipeboard",'), 'broken.pipeboard.json');
    expect(result.ok).toBe(false);
  });
});
