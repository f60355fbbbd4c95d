import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { textWidth } from '../../../shared/export/sheet/measure';
import { FONT_METRICS_FILE, fontMetricsSource, shippedFaces } from './fontMetricsSource';

describe('font metrics for text layout (shared/export/sheet/fontMetrics.ts)', () => {
  it('are what the shipped fonts give today (after changing electron/assets/fonts, run npm run export:font-metrics)', () => {
    const committed = readFileSync(FONT_METRICS_FILE, 'utf8');
    const regenerated = fontMetricsSource();
    // Compared line by line first, so a stale file names the table that changed rather than one huge string.
    expect(committed.split('\n').length).toBe(regenerated.split('\n').length);
    committed.split('\n').forEach((line, k) => expect(line, `line ${k + 1}`).toBe(regenerated.split('\n')[k]));
    expect(committed).toBe(regenerated);
  });

  it('give the layout the advance width of the first shipped face that draws each character', () => {
    const samples = 'AW il→≈≤€שלוםمرحبا∑✓…';
    for (const weight of ['regular', 'bold'] as const) {
      const faces = shippedFaces(weight);
      for (const char of samples) {
        const codePoint = char.codePointAt(0)!;
        const face = faces.find((candidate) => candidate.hasGlyphForCodePoint(codePoint));
        expect(face, `a shipped ${weight} face draws ${char}`).toBeDefined();
        const perMille = Math.round((face!.glyphForCodePoint(codePoint).advanceWidth * 1000) / face!.unitsPerEm);
        expect(textWidth(char, 1000, weight), `${weight} ${char}`).toBe(perMille);
      }
    }
  });
});
