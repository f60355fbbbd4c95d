import { existsSync } from 'node:fs';
import path from 'node:path';
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

const FACES: ReadonlyArray<Omit<FontFace, 'path'> & { file: string }> = [
  { file: 'NotoSans-Regular.subset.ttf', family: 'Noto Sans', weight: 'regular' },
  { file: 'NotoSans-Bold.subset.ttf', family: 'Noto Sans', weight: 'bold' },
  { file: 'DejaVuSans-Symbols.subset.ttf', family: 'DejaVu Sans', weight: 'regular' },
  { file: 'DejaVuSans-Bold-Symbols.subset.ttf', family: 'DejaVu Sans', weight: 'bold' },
  { file: 'DejaVuSans-Scripts.subset.ttf', family: 'DejaVu Sans', weight: 'regular' },
  { file: 'DejaVuSans-Bold-Scripts.subset.ttf', family: 'DejaVu Sans', weight: 'bold' },
];

const RELATIVE = path.join('electron', 'assets', 'fonts');
let folder: string | undefined = process.env.PIPEBOARD_FONTS_DIR;

/**
 * Where the font files are: PIPEBOARD_FONTS_DIR, or setFontFolder() (a packaged app), or found next to
 * this module or above the working directory (development, tests, bundled benchmarks).
 */
function fontFolder(): string {
  if (folder) return folder;
  const candidates = [fileURLToPath(new URL('../../assets/fonts', import.meta.url))];
  for (let dir = process.cwd(); ; dir = path.dirname(dir)) {
    candidates.push(path.join(dir, RELATIVE));
    if (path.dirname(dir) === dir) break;
  }
  folder = candidates.find((candidate) => existsSync(path.join(candidate, FACES[0]!.file)));
  if (!folder) throw new Error(`The export fonts are missing: looked for ${FACES[0]!.file} in ${candidates.slice(0, 3).join(', ')}…`);
  return folder;
}

export function setFontFolder(dir: string): void {
  folder = dir;
}

export function fontFaces(): FontFace[] {
  const dir = fontFolder();
  return FACES.map(({ file, family, weight }) => ({ path: path.join(dir, file), family, weight }));
}

/** The family the SVG names first; resvg falls back to the other shipped faces per character. */
export const DEFAULT_FONT_FAMILY = 'Noto Sans';
