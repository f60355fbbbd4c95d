import { base64Encode } from '../../shared/util/bytes';
import dejaVuBoldScripts from '../../electron/assets/fonts/DejaVuSans-Bold-Scripts.subset.ttf?url';
import dejaVuBoldSymbols from '../../electron/assets/fonts/DejaVuSans-Bold-Symbols.subset.ttf?url';
import dejaVuScripts from '../../electron/assets/fonts/DejaVuSans-Scripts.subset.ttf?url';
import dejaVuSymbols from '../../electron/assets/fonts/DejaVuSans-Symbols.subset.ttf?url';
import notoBold from '../../electron/assets/fonts/NotoSans-Bold.subset.ttf?url';
import notoRegular from '../../electron/assets/fonts/NotoSans-Regular.subset.ttf?url';

/**
 * The fonts the PNG and PDF exporters ship (electron/assets/fonts), for the sheet drawn in the page:
 * the preview and the copied image then use the same letters as the exported files. An SVG shown
 * through <img> (or drawn on a canvas) is a sealed document: it sees neither the page's @font-face
 * rules nor any URL, only what it carries itself. So the faces go inside it, as data: URLs in a
 * <style>, and only the ones its text needs (the DejaVu subsets are for symbols and non-Latin scripts).
 */

interface Face {
  url: string;
  family: 'Noto Sans' | 'DejaVu Sans';
  weight: 400 | 700;
  /** The characters the subset has (electron/assets/fonts/subset-fonts.sh). */
  unicodeRange?: string;
  /** Whether a sheet's text needs this face. */
  needed: (svg: string) => boolean;
}

const SYMBOLS_RANGE = 'U+2190-23FF, U+25A0-25FF, U+2605-2606, U+26A0, U+2713-2718';
const SCRIPTS_RANGE = 'U+0180-036F, U+0370-04FF, U+0590-06FF, U+2500-257F, U+2600-2604, U+2607-269F, U+26A1-26FF, U+2700-2712, U+2719-27BF, U+FB1D-FDFF, U+FE70-FEFF';
const SYMBOLS = /[\u2190-\u23ff\u25a0-\u25ff\u2605\u2606\u26a0\u2713-\u2718]/;
const SCRIPTS = /[\u0180-\u06ff\u2500-\u257f\u2600-\u2604\u2607-\u269f\u26a1-\u26ff\u2700-\u2712\u2719-\u27bf\ufb1d-\ufdff\ufe70-\ufeff]/;
const always = () => true;

const FACES: readonly Face[] = [
  { url: notoRegular, family: 'Noto Sans', weight: 400, needed: always },
  { url: notoBold, family: 'Noto Sans', weight: 700, needed: always },
  { url: dejaVuSymbols, family: 'DejaVu Sans', weight: 400, unicodeRange: SYMBOLS_RANGE, needed: (svg) => SYMBOLS.test(svg) },
  { url: dejaVuBoldSymbols, family: 'DejaVu Sans', weight: 700, unicodeRange: SYMBOLS_RANGE, needed: (svg) => SYMBOLS.test(svg) },
  { url: dejaVuScripts, family: 'DejaVu Sans', weight: 400, unicodeRange: SCRIPTS_RANGE, needed: (svg) => SCRIPTS.test(svg) },
  { url: dejaVuBoldScripts, family: 'DejaVu Sans', weight: 700, unicodeRange: SCRIPTS_RANGE, needed: (svg) => SCRIPTS.test(svg) },
];

const dataUrls = new Map<string, Promise<string>>();

function dataUrl(url: string): Promise<string> {
  let pending = dataUrls.get(url);
  if (!pending) {
    pending = fetch(url)
      .then((response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return response.arrayBuffer();
      })
      .then((buffer) => `data:font/ttf;base64,${base64Encode(new Uint8Array(buffer))}`);
    // A failed fetch is tried again next time.
    pending.catch(() => dataUrls.delete(url));
    dataUrls.set(url, pending);
  }
  return pending;
}

/** The @font-face rules for `faces`, given each one's data: URL. */
export function fontFaceCss(faces: readonly { family: string; weight: number; unicodeRange?: string; src: string }[]): string {
  return faces
    .map((face) => {
      const range = face.unicodeRange ? `unicode-range:${face.unicodeRange};` : '';
      return `@font-face{font-family:'${face.family}';font-style:normal;font-weight:${face.weight};${range}src:url(${face.src}) format('truetype')}`;
    })
    .join('');
}

/** The SVG with a <style> of the rules right after its root start tag. */
export function withStyle(svg: string, css: string): string {
  const root = svg.indexOf('<svg');
  const end = root < 0 ? -1 : svg.indexOf('>', root);
  if (end < 0 || css === '') return svg;
  return `${svg.slice(0, end + 1)}<style>${css}</style>${svg.slice(end + 1)}`;
}

/**
 * The sheet with the shipped fonts it needs inside. If a font cannot be fetched the sheet is
 * returned as it is (drawn with the system's sans-serif) rather than not at all.
 */
export async function withShippedFonts(svg: string): Promise<string> {
  const faces = FACES.filter((face) => face.needed(svg));
  try {
    const sources = await Promise.all(faces.map((face) => dataUrl(face.url)));
    return withStyle(svg, fontFaceCss(faces.map((face, index) => ({ ...face, src: sources[index]! }))));
  } catch {
    return svg;
  }
}
