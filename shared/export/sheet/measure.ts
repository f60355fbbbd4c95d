import { BOLD_WIDTH_RUNS, FONT_LINE_METRICS, REGULAR_WIDTH_RUNS } from './fontMetrics';

/**
 * Text measurement without a DOM: the advance widths of the fonts the exporters ship (Noto Sans with
 * DejaVu Sans for what it lacks), so wrapping decided here matches what resvg and the PDF writer draw.
 * Pure table lookups, so the CLI, the main process and the renderer wrap identically.
 */

export type FontWeight = 'regular' | 'bold';

const LINE_METRICS = FONT_LINE_METRICS;

const UNKNOWN = 0xffff;
let regularTable: Uint16Array | undefined;
let boldTable: Uint16Array | undefined;

function decode(runs: ReadonlyArray<readonly [number, string]>): Uint16Array {
  const table = new Uint16Array(0x10000).fill(UNKNOWN);
  for (const [start, widths] of runs) {
    for (let k = 0; k * 2 < widths.length; k++) table[start + k] = parseInt(widths.slice(k * 2, k * 2 + 2), 36);
  }
  return table;
}

function tableFor(weight: FontWeight): Uint16Array {
  if (weight === 'bold') return (boldTable ??= decode(BOLD_WIDTH_RUNS));
  return (regularTable ??= decode(REGULAR_WIDTH_RUNS));
}

/** Characters that take no room: joiners, variation selectors, direction marks, combining marks. */
export function isZeroWidth(codePoint: number): boolean {
  return (
    (codePoint >= 0x0300 && codePoint <= 0x036f) ||
    (codePoint >= 0x0483 && codePoint <= 0x0489) ||
    (codePoint >= 0x0591 && codePoint <= 0x05bd) ||
    codePoint === 0x05bf ||
    codePoint === 0x05c1 ||
    codePoint === 0x05c2 ||
    codePoint === 0x05c4 ||
    codePoint === 0x05c5 ||
    codePoint === 0x05c7 ||
    (codePoint >= 0x0610 && codePoint <= 0x061a) ||
    (codePoint >= 0x064b && codePoint <= 0x065f) ||
    codePoint === 0x0670 ||
    (codePoint >= 0x06d6 && codePoint <= 0x06dc) ||
    (codePoint >= 0x06df && codePoint <= 0x06e4) ||
    (codePoint >= 0x06e7 && codePoint <= 0x06e8) ||
    (codePoint >= 0x06ea && codePoint <= 0x06ed) ||
    (codePoint >= 0x1ab0 && codePoint <= 0x1aff) ||
    (codePoint >= 0x1dc0 && codePoint <= 0x1dff) ||
    (codePoint >= 0x200b && codePoint <= 0x200f) ||
    (codePoint >= 0x20d0 && codePoint <= 0x20ff) ||
    (codePoint >= 0xfe00 && codePoint <= 0xfe0f) ||
    (codePoint >= 0xfe20 && codePoint <= 0xfe2f) ||
    codePoint === 0xfeff ||
    (codePoint >= 0x1f3fb && codePoint <= 0x1f3ff) ||
    (codePoint >= 0xe0000 && codePoint <= 0xe0fff)
  );
}

/** East Asian wide characters and emoji: about one em in any font that has them. */
function isWide(codePoint: number): boolean {
  return (
    (codePoint >= 0x1100 && codePoint <= 0x115f) ||
    (codePoint >= 0x2e80 && codePoint <= 0xa4cf) ||
    (codePoint >= 0xac00 && codePoint <= 0xd7a3) ||
    (codePoint >= 0xf900 && codePoint <= 0xfaff) ||
    (codePoint >= 0xfe30 && codePoint <= 0xfe4f) ||
    (codePoint >= 0xff00 && codePoint <= 0xff60) ||
    (codePoint >= 0xffe0 && codePoint <= 0xffe6) ||
    codePoint >= 0x1f000
  );
}

/** Advance of one code point in thousandths of an em. */
export function advance(codePoint: number, weight: FontWeight): number {
  if (codePoint <= 0xffff) {
    const known = tableFor(weight)[codePoint]!;
    if (known !== UNKNOWN) return known;
  }
  if (isZeroWidth(codePoint)) return 0;
  return isWide(codePoint) ? 1000 : 600;
}

/** Width of `text` in px at `size` px. */
export function textWidth(text: string, size: number, weight: FontWeight = 'regular'): number {
  const table = tableFor(weight);
  let total = 0;
  for (let k = 0; k < text.length; k++) {
    const unit = text.charCodeAt(k);
    const known = unit < 0xd800 || unit > 0xdfff ? table[unit]! : UNKNOWN;
    if (known !== UNKNOWN) {
      total += known;
      continue;
    }
    const codePoint = text.codePointAt(k)!;
    if (codePoint > 0xffff) k++;
    total += advance(codePoint, weight);
  }
  return (total * size) / 1000;
}

/** Does `codePoint` continue the grapheme before it (marks, joiners, modifiers, tags)? */
function extendsCluster(codePoint: number): boolean {
  return isZeroWidth(codePoint) && codePoint !== 0x200b && codePoint !== 0x200e && codePoint !== 0x200f && codePoint !== 0xfeff;
}

const isRegionalIndicator = (codePoint: number): boolean => codePoint >= 0x1f1e6 && codePoint <= 0x1f1ff;

/**
 * User-perceived characters, so wrapping and truncation never split an emoji sequence, a flag or a
 * letter from its accents. A deterministic subset of UAX #29 (the same on every JavaScript engine,
 * unlike Intl.Segmenter, whose data differs between Node and the browser).
 */
export function graphemes(text: string): string[] {
  const out: string[] = [];
  let current = '';
  let previous = -1;
  let joinNext = false;
  let regionalRun = 0;
  for (const char of text) {
    const codePoint = char.codePointAt(0)!;
    const regional = isRegionalIndicator(codePoint);
    const attach = current !== '' && (joinNext || extendsCluster(codePoint) || (regional && isRegionalIndicator(previous) && regionalRun % 2 === 1));
    if (attach) current += char;
    else {
      if (current !== '') out.push(current);
      current = char;
    }
    regionalRun = regional ? (attach ? regionalRun + 1 : 1) : 0;
    joinNext = codePoint === 0x200d;
    previous = codePoint;
  }
  if (current !== '') out.push(current);
  return out;
}

const RTL_STRONG = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]|\uD802[\uDC00-\uDFFF]|\uD803[\uDC00-\uDE7F]|\uD83A[\uDC00-\uDFFF]|\uD83B[\uDC00-\uDEFF]/;
const LTR_STRONG = /[A-Za-z\u00C0-\u02B8\u0370-\u058F\u1E00-\u1FFF\u2C00-\u2DFF\u3040-\u9FFF\uAC00-\uD7A3]/;

/** Right-to-left when the first strongly directional character is Hebrew, Arabic or another RTL script. */
export function isRtl(text: string): boolean {
  for (const char of text) {
    if (RTL_STRONG.test(char)) return true;
    if (LTR_STRONG.test(char)) return false;
  }
  return false;
}

const ELLIPSIS = '…';

/** The longest prefix of `text` (whole graphemes) that fits `maxWidth` with an ellipsis after it. */
export function truncate(text: string, maxWidth: number, size: number, weight: FontWeight = 'regular', always = false): string {
  if (!always && textWidth(text, size, weight) <= maxWidth) return text;
  const room = maxWidth - textWidth(ELLIPSIS, size, weight);
  let out = '';
  let width = 0;
  for (const cluster of graphemes(text)) {
    const next = textWidth(cluster, size, weight);
    if (width + next > room) break;
    out += cluster;
    width += next;
  }
  return `${out.trimEnd()}${ELLIPSIS}`;
}

export interface WrapOptions {
  size: number;
  weight?: FontWeight;
  /** Lines kept; the last one ends with an ellipsis when text was cut. Default: no limit. */
  maxLines?: number;
}

/** Breaks one paragraph into lines no wider than `maxWidth`: at spaces, else inside a long word. */
function wrapParagraph(paragraph: string, maxWidth: number, size: number, weight: FontWeight): string[] {
  const words = paragraph.split(/ +/).filter((word) => word !== '');
  const lines: string[] = [];
  let line = '';
  const space = textWidth(' ', size, weight);
  let lineWidth = 0;
  for (const word of words) {
    const wordWidth = textWidth(word, size, weight);
    if (line !== '' && lineWidth + space + wordWidth <= maxWidth) {
      line += ` ${word}`;
      lineWidth += space + wordWidth;
      continue;
    }
    if (line !== '') lines.push(line);
    if (wordWidth <= maxWidth) {
      line = word;
      lineWidth = wordWidth;
      continue;
    }
    // A word wider than the line: break it between graphemes.
    line = '';
    lineWidth = 0;
    for (const cluster of graphemes(word)) {
      const width = textWidth(cluster, size, weight);
      if (line !== '' && lineWidth + width > maxWidth) {
        lines.push(line);
        line = '';
        lineWidth = 0;
      }
      line += cluster;
      lineWidth += width;
    }
  }
  if (line !== '' || lines.length === 0) lines.push(line);
  return lines;
}

/** Wraps text (keeping its line breaks) into lines that fit `maxWidth` px. */
export function wrapText(text: string, maxWidth: number, options: WrapOptions): string[] {
  const weight = options.weight ?? 'regular';
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) lines.push(...wrapParagraph(paragraph, maxWidth, options.size, weight));
  const max = options.maxLines;
  if (max === undefined || lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  const last = kept[max - 1]!.trimEnd();
  const marked = `${last}${ELLIPSIS}`;
  kept[max - 1] = textWidth(marked, options.size, weight) <= maxWidth ? marked : truncate(last, maxWidth, options.size, weight, true);
  return kept;
}
