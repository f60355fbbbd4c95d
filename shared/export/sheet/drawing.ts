import { displayText } from '../text';
import { type FontWeight, isRtl, textWidth, wrapText } from './measure';
import type { TextItem } from './types';

/** The sheet's drawing basics: its page margin, and text items (one line, or a wrapped paragraph) measured with the shipped fonts. */

export const SHEET_MARGIN = 48;

export function text(x: number, y: number, value: string, size: number, weight: FontWeight, fill: string, anchor: TextItem['anchor'] = 'start'): TextItem {
  const shown = displayText(value).replace(/\n/g, ' ');
  return { kind: 'text', x, y, text: shown, size, weight, fill, anchor, width: textWidth(shown, size, weight), rtl: isRtl(shown) };
}

/** Wrapped lines as text items from baseline `y`, `lineHeight` apart; returns the items and the lines used. */
export function paragraph(x: number, y: number, value: string, width: number, size: number, weight: FontWeight, fill: string, lineHeight: number, maxLines?: number): { items: TextItem[]; lines: number } {
  const lines = wrapText(displayText(value), width, { size, weight, ...(maxLines === undefined ? {} : { maxLines }) });
  return { items: lines.map((line, k) => text(x, y + k * lineHeight, line, size, weight, fill)), lines: lines.length };
}
