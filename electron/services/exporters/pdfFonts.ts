import fontkit from '@pdf-lib/fontkit';
import { readFileSync } from 'node:fs';
import { PDFDocument, type PDFFont, type PDFName, type PDFPage } from 'pdf-lib';
import { type FontFace, fontFaces } from './fonts';

/** The shipped fonts, loaded once with fontkit and embedded into a PDF on first use, per weight and script. */

interface FontkitGlyph {
  id: number;
  advanceWidth: number;
}

interface FontkitFont {
  unitsPerEm: number;
  hasGlyphForCodePoint(codePoint: number): boolean;
  glyphForCodePoint(codePoint: number): FontkitGlyph;
  layout(text: string): { glyphs: FontkitGlyph[] };
}

export interface LoadedFace {
  face: FontFace;
  bytes: Uint8Array;
  font: FontkitFont;
}

let loadedFaces: LoadedFace[] | undefined;

function faces(): LoadedFace[] {
  loadedFaces ??= fontFaces().map((face) => {
    const bytes = new Uint8Array(readFileSync(face.path));
    return { face, bytes, font: fontkit.create(bytes) as unknown as FontkitFont };
  });
  return loadedFaces;
}

/** Fonts embedded into one PDF, on first use, whole (pdf-lib's subsetter drops shaped glyphs). */
export class PdfFonts {
  private readonly embedded = new Map<LoadedFace, { font: PDFFont; keys: Map<PDFPage, PDFName> }>();

  constructor(private readonly doc: PDFDocument) {}

  faceFor(codePoint: number, weight: 'regular' | 'bold'): LoadedFace | undefined {
    for (const loaded of faces()) if (loaded.face.weight === weight && loaded.font.hasGlyphForCodePoint(codePoint)) return loaded;
    return undefined;
  }

  async embed(loaded: LoadedFace): Promise<void> {
    if (this.embedded.has(loaded)) return;
    const name = loaded.face.path.replace(/^.*[\\/]/, '').replace(/\.subset\.ttf$/, '');
    const font = await this.doc.embedFont(loaded.bytes, { subset: false, customName: name });
    this.embedded.set(loaded, { font, keys: new Map() });
  }

  key(loaded: LoadedFace, page: PDFPage): PDFName {
    const entry = this.embedded.get(loaded)!;
    let key = entry.keys.get(page);
    if (!key) {
      key = page.node.newFontDictionary(entry.font.name, entry.font.ref);
      entry.keys.set(page, key);
    }
    return key;
  }
}
