import type { LoadResult } from '../format/index';
import { parseDocumentBytes } from '../format/utf8Bytes';
import { utf8Decode } from '../util/bytes';
import { noDesignInside } from './designInside';
import { isPng, readPngDocument, type PngReadOptions } from './png';
import { readSvgDocument } from './svg/readSvg';

/**
 * A design inside a file, for every way one arrives (the CLI, File → Open on the host, a file dropped on
 * the window): what kind of file it is, and the design read from it, with one set of messages.
 */

/** A `.pipeboard.json` design, an SVG or PNG image (maybe exported by Pipeboard), or something else. */
export type DesignFileKind = 'json' | 'svg' | 'png' | 'other';

/** The kinds a design can be read from. */
export type DesignKind = Exclude<DesignFileKind, 'other'>;

/** A design read from a file, or the refusal; a design always comes from a json, svg or png file. */
export type DesignFileRead =
  | (Extract<LoadResult, { ok: true }> & { kind: DesignKind })
  | (Extract<LoadResult, { ok: false }> & { kind: DesignFileKind });

/**
 * Exported images carry the drawing as well as the design, so they may be larger than a design file: the
 * largest Pipeboard writes (a 20,000-node design's SVG sheet) is about 36 MB; this leaves headroom.
 */
export const DESIGN_IMAGE_MAX_BYTES = 64 * 1024 * 1024;

/** How many first bytes decide the kind. */
export const KIND_SNIFF_BYTES = 512;

export const NOT_A_DESIGN_FILE = 'This file is not a Pipeboard design.';

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

const NOT_A_DESIGN_FILE_DETAIL = 'Pipeboard opens .pipeboard.json design files and the SVG and PNG images it exports; this file is none of them.';

/** The SVG's text, or the one refusal for an SVG that is not UTF-8. */
function withKind(result: LoadResult, kind: DesignKind): DesignFileRead {
  return { ...result, kind };
}

function readSvgBytes(bytes: Uint8Array): LoadResult {
  const text = utf8Decode(bytes);
  if (text === undefined) return noDesignInside('The file is not UTF-8 text, so it is not an SVG image Pipeboard exported.');
  return readSvgDocument(text);
}

/** Reads the design from a file's bytes; `png.inflate` lets Node expand compressed PNG text chunks. */
export function readDesignFile(bytes: Uint8Array, fileName: string, png: PngReadOptions = {}): DesignFileRead {
  const kind = designFileKind(bytes, fileName);
  switch (kind) {
    case 'png':
      return withKind(readPngDocument(bytes, png), kind);
    case 'svg':
      return withKind(readSvgBytes(bytes), kind);
    case 'json':
      return withKind(parseDocumentBytes(bytes), kind);
    case 'other':
      return { ok: false, message: NOT_A_DESIGN_FILE, problems: [{ path: '', message: NOT_A_DESIGN_FILE_DETAIL }], kind };
  }
}
