import type { LoadResult } from './loadResult';
import { parseDocument } from './load';
import { refusal } from './loadResult';

/**
 * Design files are UTF-8. Bytes that are not are refused, as the image readers refuse them, instead of
 * being replaced with U+FFFD and saved back changed.
 */

/** The offset of the first byte that is not part of well-formed UTF-8, or -1 when all of it is. */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let at = 0;
  while (at < bytes.length) {
    const lead = bytes[at]!;
    if (lead < 0x80) {
      at += 1;
      continue;
    }
    let length: number;
    let min = 0x80;
    let max = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) length = 2;
    else if (lead >= 0xe0 && lead <= 0xef) {
      length = 3;
      if (lead === 0xe0) min = 0xa0; // overlong
      if (lead === 0xed) max = 0x9f; // surrogates
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 4;
      if (lead === 0xf0) min = 0x90; // overlong
      if (lead === 0xf4) max = 0x8f; // above U+10FFFF
    } else return at;
    for (let k = 1; k < length; k++) {
      const byte = bytes[at + k];
      if (byte === undefined) return at;
      const low = k === 1 ? min : 0x80;
      const high = k === 1 ? max : 0xbf;
      if (byte < low || byte > high) return at;
    }
    at += length;
  }
  return -1;
}

/** The sentence shown for a file that is not UTF-8. */
function notUtf8Message(offset: number): string {
  return `This file is not valid UTF-8 text: the byte at offset ${offset} is not part of a UTF-8 character. Pipeboard design files are UTF-8 JSON.`;
}

/**
 * Decodes strictly; a leading byte order mark is dropped by the decoder (the loader accepts it too).
 * The native decoder checks well-formed files (nearly all of them) fastest; only a file it refuses is
 * scanned again, for the offset to name.
 */
function decodeUtf8Strict(bytes: Uint8Array): { ok: true; text: string } | { ok: false; offset: number } {
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, offset: Math.max(0, firstInvalidUtf8Offset(bytes)) };
  }
}

/** Reads a design file's bytes: refused when they are not UTF-8, else parsed and validated. */
export function parseDocumentBytes(bytes: Uint8Array): LoadResult {
  const decoded = decodeUtf8Strict(bytes);
  if (!decoded.ok) return refusal(notUtf8Message(decoded.offset), [{ path: [], message: notUtf8Message(decoded.offset) }]);
  return parseDocument(decoded.text);
}
