import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { base64Decode, base64Encode, utf8Decode, utf8Encode } from './bytes';
import { crc32 } from './crc32';

describe('byte helpers for embedded designs', () => {
  it('encode UTF-8 and base64 exactly like Node', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        const bytes = utf8Encode(text);
        expect(Buffer.from(bytes).equals(Buffer.from(text, 'utf8'))).toBe(true);
        expect(base64Encode(bytes)).toBe(Buffer.from(bytes).toString('base64'));
        expect(base64Decode(base64Encode(bytes))).toEqual(bytes);
      }),
      { numRuns: 300 },
    );
  });

  it('decode only well-formed UTF-8 and base64', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 100 }), (text) => {
        expect(utf8Decode(utf8Encode(text))).toBe(text);
      }),
    );
    for (const bad of [[0xc0, 0x80], [0xed, 0xa0, 0x80], [0xe2, 0x82], [0xff], [0xf4, 0x90, 0x80, 0x80]]) expect(utf8Decode(new Uint8Array(bad))).toBeUndefined();
    expect(base64Decode('abc')).toBeUndefined();
    expect(base64Decode('ab=c')).toBeUndefined();
    expect(base64Decode('ab!c')).toBeUndefined();
    expect(base64Decode('aGVs\nbG8=')).toEqual(new TextEncoder().encode('hello'));
  });

  it('computes the CRC-32 PNG and zip use', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    expect(crc32(new TextEncoder().encode('IEND'))).toBe(0xae426082);
  });
});
