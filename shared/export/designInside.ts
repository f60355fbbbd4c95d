import { parseDocument, type LoadResult } from '../format/index';
import { refusal } from '../format/loadResult';
import { utf8Decode } from '../util/bytes';
import { crc32 } from '../util/crc32';

/**
 * What readers of exported images (SVG, PNG) answer when the image does not carry a usable design.
 * Every message says "no Pipeboard design inside" so the user knows what happened, and why.
 */
export const NO_DESIGN_INSIDE = 'This image has no Pipeboard design inside.';

export function noDesignInside(detail: string): LoadResult {
  return refusal(NO_DESIGN_INSIDE, [{ path: [], message: detail }]);
}

export function damagedDesign(detail: string): LoadResult {
  return refusal('This image has no intact Pipeboard design inside: the design embedded in it was changed or damaged after export.', [
    { path: [], message: detail },
  ]);
}

/** Checks the embedded bytes against their recorded length and CRC-32, then loads them as a design file. */
export function loadEmbeddedDesign(bytes: Uint8Array, expected: { bytes?: number; crc32?: number }): LoadResult {
  if (expected.bytes !== undefined && bytes.length !== expected.bytes) {
    return damagedDesign(`The embedded design is ${bytes.length} bytes long; ${expected.bytes} were written.`);
  }
  if (expected.crc32 !== undefined && crc32(bytes) !== expected.crc32) {
    return damagedDesign('The embedded design does not match its checksum (CRC-32).');
  }
  const text = utf8Decode(bytes);
  if (text === undefined) return damagedDesign('The embedded design is not valid UTF-8 text.');
  return parseDocument(text);
}
