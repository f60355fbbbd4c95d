import { isPng, readPngDocument } from '../../shared/export/png';
import { noDesignInside } from '../../shared/export/designInside';
import { readSvgDocument } from '../../shared/export/svg/readSvg';
import type { LoadResult } from '../../shared/format/index';
import { parseDocumentBytes } from '../../shared/format/utf8Bytes';

/**
 * Reading a file dropped on the window, in the page (a dropped file has no path the host could open):
 * a `.pipeboard.json` design, or an SVG or PNG exported by Pipeboard, whose design travels inside it
 * (SVG metadata, a PNG iTXt chunk). Pure: bytes and a name in, a LoadResult out.
 */

export type DroppedKind = 'json' | 'svg' | 'png';

/** Exported images carry the drawing too, so they may be larger than design files (as on the host). */
export const DROPPED_FILE_MAX_BYTES = 128 * 1024 * 1024;

/** The kind from the first bytes (PNG signature, markup), else from the name's ending. */
export function droppedKind(bytes: Uint8Array, name: string): DroppedKind {
  if (isPng(bytes)) return 'png';
  let at = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (at < bytes.length && (bytes[at] === 0x20 || bytes[at] === 0x0a || bytes[at] === 0x0d || bytes[at] === 0x09)) at++;
  if (bytes[at] === 0x3c /* < */) return 'svg';
  if (/\.svg$/i.test(name)) return 'svg';
  if (/\.png$/i.test(name)) return 'png';
  return 'json';
}

export function readDroppedDesign(bytes: Uint8Array, name: string): LoadResult & { kind: DroppedKind } {
  const kind = droppedKind(bytes, name);
  if (kind === 'png') return { ...readPngDocument(bytes), kind };
  if (kind === 'svg') {
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return { ...noDesignInside('The file is not UTF-8 text, so it is not an SVG image Pipeboard exported.'), kind };
    }
    return { ...readSvgDocument(text), kind };
  }
  // Design files: bytes that are not UTF-8 are refused, as on the host.
  return { ...parseDocumentBytes(bytes), kind };
}
