import { visualRuns } from '../../../shared/export/sheet/bidi';
import { graphemes, isZeroWidth } from '../../../shared/export/sheet/measure';
import type { TextItem } from '../../../shared/export/sheet/types';
import { type LoadedFace, PdfFonts } from './pdfFonts';

/** A text item as glyph runs: in visual order (bidi), per font that has the characters, shaped by fontkit. */

interface Segment {
  face: LoadedFace;
  glyphs: number[];
  /** Advance in px at the text's size. */
  width: number;
  /** The characters, for the accessible text. */
  text: string;
}

const glyphCache = new Map<LoadedFace, Map<string, { ids: number[]; advance: number }>>();

/** Glyph ids and advance (em units / unitsPerEm) for a run in one face; RTL runs are shaped and reversed by fontkit. */
function shape(loaded: LoadedFace, run: string, rtl: boolean): { ids: number[]; advance: number } {
  let cache = glyphCache.get(loaded);
  if (!cache) glyphCache.set(loaded, (cache = new Map()));
  const key = `${rtl ? 'R' : 'L'}${run}`;
  let shaped = cache.get(key);
  if (!shaped) {
    const glyphs = rtl ? loaded.font.layout(run).glyphs : [...run].map((char) => loaded.font.glyphForCodePoint(char.codePointAt(0)!));
    shaped = { ids: glyphs.map((glyph) => glyph.id), advance: glyphs.reduce((sum, glyph) => sum + glyph.advanceWidth, 0) / loaded.font.unitsPerEm };
    if (cache.size < 20_000) cache.set(key, shaped);
  }
  return shaped;
}

/** Segments of one text item: per direction run, then per font that has the characters. */
export function segmentsOf(item: TextItem, fonts: PdfFonts): Segment[] {
  const segments: Segment[] = [];
  for (const run of visualRuns(item.text, item.rtl)) {
    // Group graphemes by the face that draws them; a grapheme no shipped font has becomes U+FFFD.
    const groups: Array<{ face: LoadedFace; text: string }> = [];
    for (const cluster of graphemes(run.text)) {
      const codePoints = [...cluster].map((char) => char.codePointAt(0)!);
      let face = fonts.faceFor(codePoints[0]!, item.weight);
      let shown: string;
      if (!face || codePoints.some((codePoint) => !face!.font.hasGlyphForCodePoint(codePoint) && !isZeroWidth(codePoint))) {
        face = fonts.faceFor(0xfffd, item.weight)!;
        shown = '\uFFFD';
      } else {
        shown = String.fromCodePoint(...codePoints.filter((codePoint) => face!.font.hasGlyphForCodePoint(codePoint)));
      }
      const last = groups.at(-1);
      if (last && last.face === face) last.text += shown;
      else groups.push({ face, text: shown });
    }
    const ordered = run.rtl ? groups.reverse() : groups;
    for (const group of ordered) {
      const shaped = shape(group.face, group.text, run.rtl);
      segments.push({ face: group.face, glyphs: shaped.ids, width: shaped.advance * item.size, text: group.text });
    }
  }
  return segments;
}
