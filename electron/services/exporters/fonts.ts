import { fileURLToPath } from 'node:url';

/**
 * The fonts the exporters ship (electron/assets/fonts, subsets of Noto Sans and DejaVu Sans; see
 * subset-fonts.sh and the license files there). resvg and the PDF writer use only these, never the
 * machine's fonts, so an export looks the same everywhere. Order matters: a character is drawn with the
 * first face of its weight that has it.
 */
export interface FontFace {
  path: string;
  family: string;
  weight: 'regular' | 'bold';
}

const fontFile = (name: string): string => fileURLToPath(new URL(`../../assets/fonts/${name}`, import.meta.url));

export const FONT_FACES: readonly FontFace[] = [
  { path: fontFile('NotoSans-Regular.subset.ttf'), family: 'Noto Sans', weight: 'regular' },
  { path: fontFile('NotoSans-Bold.subset.ttf'), family: 'Noto Sans', weight: 'bold' },
  { path: fontFile('DejaVuSans-Symbols.subset.ttf'), family: 'DejaVu Sans', weight: 'regular' },
  { path: fontFile('DejaVuSans-Bold-Symbols.subset.ttf'), family: 'DejaVu Sans', weight: 'bold' },
  { path: fontFile('DejaVuSans-Scripts.subset.ttf'), family: 'DejaVu Sans', weight: 'regular' },
  { path: fontFile('DejaVuSans-Bold-Scripts.subset.ttf'), family: 'DejaVu Sans', weight: 'bold' },
];

/** The family the SVG names first; resvg falls back to the other shipped faces per character. */
export const DEFAULT_FONT_FAMILY = 'Noto Sans';
