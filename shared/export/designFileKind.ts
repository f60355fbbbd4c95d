import { isPng } from './pngSignature';

/**
 * What kind of file a design arrives in, from its first bytes and name, without the readers: the CLI
 * loads the image readers only for an image.
 */

/** A `.pipeboard.json` design, an SVG or PNG image (maybe exported by Pipeboard), or something else. */
export type DesignFileKind = 'json' | 'svg' | 'png' | 'other';

/**
 * Exported images carry the drawing as well as the design, so they may be larger than a design file: the
 * largest Pipeboard writes (a 20,000-node design's SVG sheet) is about 36 MB; this leaves headroom.
 */
export const DESIGN_IMAGE_MAX_BYTES = 64 * 1024 * 1024;

/** How many first bytes decide the kind. */
export const KIND_SNIFF_BYTES = 512;

function isSpace(byte: number | undefined): boolean {
  return byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;
}

/**
 * The kind from the first bytes (PNG signature, markup), then from the name's ending; text that is
 * neither goes to the design loader (which says what is wrong with it), binary data is "other".
 */
export function designFileKind(bytes: Uint8Array, fileName: string): DesignFileKind {
  if (isPng(bytes)) return 'png';
  let at = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (at < bytes.length && isSpace(bytes[at])) at++;
  if (bytes[at] === 0x3c /* < */) return 'svg';
  if (/\.svg$/i.test(fileName)) return 'svg';
  if (/\.png$/i.test(fileName)) return 'png';
  if (bytes.subarray(0, KIND_SNIFF_BYTES).includes(0)) return 'other';
  return 'json';
}
