import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textArbitrary } from '../../format/documentArbitrary.testutil';
import { displayText } from '../text';
import { graphemes, isRtl, textWidth, truncate, wrapText } from './measure';

describe('text measuring and wrapping', () => {
  // That these tables are the shipped fonts' own widths is checked in electron/services/exporters/fontMetrics.test.ts.
  it('measures with the shipped fonts: Noto Sans widths, DejaVu for what Noto lacks', () => {
    // Noto Sans: "W" is wider than "i"; at 1000 px the width is the advance in thousandths of an em.
    expect(textWidth('i', 1000)).toBeLessThan(textWidth('W', 1000));
    expect(textWidth('Hello', 13, 'bold')).toBeGreaterThan(textWidth('Hello', 13));
    expect(textWidth('→', 1000)).toBeGreaterThan(0);
    expect(textWidth('\u200D\uFE0F', 13)).toBe(0);
  });

  it('keeps emoji sequences, flags and accents whole', () => {
    expect(graphemes('a👩‍👩‍👧b🏳️‍🌈🇫🇷🇩🇪e\u0301')).toEqual(['a', '👩‍👩‍👧', 'b', '🏳️‍🌈', '🇫🇷', '🇩🇪', 'e\u0301']);
  });

  it('tells right-to-left text by its first strong character', () => {
    expect(isRtl('שלום world')).toBe(true);
    expect(isRtl('123 مرحبا')).toBe(true);
    expect(isRtl('hello שלום')).toBe(false);
  });

  it('wraps within the width, keeps every character, and marks cut text with an ellipsis', () => {
    fc.assert(
      fc.property(textArbitrary(200), fc.integer({ min: 30, max: 400 }), (raw, width) => {
        const text = displayText(raw).replace(/\n/g, ' ');
        const lines = wrapText(text, width, { size: 13 });
        for (const line of lines) {
          // A line is only wider than the width when it is a single grapheme that cannot be split.
          if (textWidth(line, 13) > width + 1e-9) expect(graphemes(line)).toHaveLength(1);
        }
        expect(lines.join('').replace(/ /g, '')).toBe(text.replace(/ /g, ''));
        const kept = wrapText(text, width, { size: 13, maxLines: 2 });
        expect(kept.length).toBeLessThanOrEqual(2);
        if (lines.length > 2) expect(kept[1]!.endsWith('…')).toBe(true);
      }),
      { numRuns: 300 },
    );
    expect(truncate('A long label that does not fit', 80, 13).endsWith('…')).toBe(true);
    expect(textWidth(truncate('A long label that does not fit', 80, 13), 13)).toBeLessThanOrEqual(80);
  });
});
