import type { LoadResult } from '../format/index';
import { parseDocumentBytes } from '../format/utf8Bytes';
import { utf8Decode } from '../util/bytes';
import { noDesignInside } from './designInside';
import { designFileKind, type DesignFileKind } from './designFileKind';
import { readPngDocument, type PngReadOptions } from './png';
import { readSvgDocument } from './svg/readSvg';

/**
 * A design inside a file, for every way one arrives (the CLI, File → Open on the host, a file dropped on
 * the window): what kind of file it is, and the design read from it, with one set of messages.
 */

/** The kinds a design can be read from. */
export type DesignKind = Exclude<DesignFileKind, 'other'>;

/** A design read from a file, or the refusal; a design always comes from a json, svg or png file. */
export type DesignFileRead =
  | (Extract<LoadResult, { ok: true }> & { kind: DesignKind })
  | (Extract<LoadResult, { ok: false }> & { kind: DesignFileKind });

export const NOT_A_DESIGN_FILE = 'This file is not a Pipeboard design.';

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
