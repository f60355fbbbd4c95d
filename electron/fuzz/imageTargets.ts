import fc from 'fast-check';
import { exportDesign } from '../services/exporters/exportDesign';
import { readDesignBytes } from '../services/exporters/openDesignFile';
import { sampleDocument } from '../services/testSupport.testutil';
import { checkLoadResult, mutateText, textMutation } from './loaderTargets';
import type { FuzzTarget } from './target';

/** The image readers: the design inside exported PNG and SVG files, after random damage. */

export interface ImageSeeds {
  png: Uint8Array;
  svg: string;
}

/** A small design exported as PNG (scale 1) and SVG, with the design inside, to damage. */
export async function imageSeeds(): Promise<ImageSeeds> {
  const document = sampleDocument(3, 'fuzz');
  const png = await exportDesign(document, { format: 'png', scale: 1 });
  const svg = await exportDesign(document, { format: 'svg' });
  return { png: png.data, svg: new TextDecoder().decode(svg.data) };
}

const byteEdit = fc.record({ at: fc.nat(), kind: fc.constantFrom('set', 'insert', 'delete', 'truncate'), value: fc.nat({ max: 255 }), length: fc.nat({ max: 16 }) });
type ByteEdit = { at: number; kind: 'set' | 'insert' | 'delete' | 'truncate'; value: number; length: number };

function mutateBytes(bytes: Uint8Array, edits: readonly ByteEdit[]): Uint8Array {
  let result = bytes;
  for (const edit of edits) {
    const at = result.length === 0 ? 0 : edit.at % result.length;
    const before = result.subarray(0, at);
    const after = result.subarray(at);
    switch (edit.kind) {
      case 'set': {
        result = Uint8Array.from(result);
        if (result.length > 0) result[at] = edit.value;
        break;
      }
      case 'insert':
        result = concat(before, new Uint8Array(edit.length + 1).fill(edit.value), after);
        break;
      case 'delete':
        result = concat(before, after.subarray(edit.length + 1));
        break;
      case 'truncate':
        result = before;
        break;
    }
  }
  return result;
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const total = parts.reduce((sum, part) => sum + part.length, 0);
  const out = new Uint8Array(total);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/** The PNG signature followed by random chunk-like bytes. */
const randomPng = fc.uint8Array({ maxLength: 300 }).map((tail) => concat(Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a), tail));

export function pngTarget(seeds: ImageSeeds): FuzzTarget<Uint8Array> {
  return {
    name: 'image reader: PNG',
    arbitrary: fc.oneof(
      { weight: 5, arbitrary: fc.array(byteEdit, { minLength: 1, maxLength: 4 }).map((edits) => mutateBytes(seeds.png, edits)) },
      { weight: 2, arbitrary: randomPng },
      { weight: 1, arbitrary: fc.uint8Array({ maxLength: 200 }) },
    ),
    runs: 20_000,
    run: async (bytes) => checkLoadResult(readDesignBytes(bytes, 'fuzz.png'), 'readDesignBytes(png)'),
  };
}

export function svgTarget(seeds: ImageSeeds): FuzzTarget<string> {
  return {
    name: 'image reader: SVG',
    arbitrary: fc.oneof(
      { weight: 5, arbitrary: textMutation.map((edits) => mutateText(seeds.svg, edits)) },
      { weight: 1, arbitrary: fc.string({ maxLength: 300 }).map((text) => `<svg xmlns="http://www.w3.org/2000/svg">${text}</svg>`) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }).map((text) => `<${text}`) },
    ),
    runs: 6_000,
    run: async (text) => checkLoadResult(readDesignBytes(new TextEncoder().encode(text), 'fuzz.svg'), 'readDesignBytes(svg)'),
  };
}
