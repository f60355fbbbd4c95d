import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { serializeDocument } from './index';
import { emptyDocument } from '../model/document';
import { firstInvalidUtf8Offset, parseDocumentBytes } from './utf8Bytes';

function fatalDecodes(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

describe('strict UTF-8 for design files', () => {
  it('finds an invalid byte exactly when the fatal decoder refuses', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), (bytes) => {
        expect(firstInvalidUtf8Offset(bytes) === -1).toBe(fatalDecodes(bytes));
      }),
      { numRuns: 3000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(firstInvalidUtf8Offset(new TextEncoder().encode(text))).toBe(-1);
      }),
    );
  });

  it('refuses a design whose title holds a byte that is not UTF-8, naming its offset', () => {
    const text = serializeDocument(emptyDocument('Café'));
    const bytes = new TextEncoder().encode(text);
    const at = bytes.indexOf(0xc3);
    bytes[at] = 0xff;
    const result = parseDocumentBytes(bytes);
    expect(result.ok).toBe(false);
    if (result.ok) throw new Error('expected the file to be refused');
    expect(result.message).toContain(`not valid UTF-8`);
    expect(result.message).toContain(`offset ${at}`);
  });

  it('still reads a valid design, with or without a byte order mark', () => {
    const text = serializeDocument(emptyDocument('Café'));
    expect(parseDocumentBytes(new TextEncoder().encode(text)).ok).toBe(true);
    expect(parseDocumentBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)])).ok).toBe(true);
  });
});
