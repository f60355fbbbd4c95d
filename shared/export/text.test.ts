import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textArbitrary } from '../format/documentArbitrary.testutil';
import { csvField, displayText, escapeXml, markdownCell, markdownText } from './text';

describe('escaping user text', () => {
  it('displayText drops controls, lone surrogates, bidi overrides and noncharacters, keeps emoji and RTL', () => {
    expect(displayText('a\u0000b\u0007c\td')).toBe('abc d');
    expect(displayText('x\uD800y\uDFFFz')).toBe('x\uFFFDy\uFFFDz');
    expect(displayText('\u202Eevil\u202C \u2067iso\u2069')).toBe('evil iso');
    expect(displayText('😀 שלום \uFFFE')).toBe('😀 שלום ');
    expect(displayText('a\r\nb\rc')).toBe('a\nb\nc');
  });

  it('escapeXml leaves only characters XML allows, and no markup', () => {
    fc.assert(
      fc.property(textArbitrary(120), (text) => {
        const escaped = escapeXml(text);
        expect(escaped).not.toMatch(/[<>"']|&(?!amp;|lt;|gt;|quot;|apos;)/);
        // eslint-disable-next-line no-control-regex -- the assertion is that no control character is left.
        expect(escaped).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
      }),
      { numRuns: 300 },
    );
    expect(escapeXml(']]> <script>"&\'')).toBe(']]&gt; &lt;script&gt;&quot;&amp;&apos;');
  });

  it('csvField and markdownCell keep a cell on one line', () => {
    fc.assert(
      fc.property(textArbitrary(120), (text) => {
        const cell = markdownCell(text);
        expect(cell).not.toMatch(/[\r\n\u2028\u2029\u0085]/);
        expect(cell.replace(/\\\\/g, '').replace(/\\\|/g, '')).not.toContain('|');
        const field = csvField(text);
        if (!field.startsWith('"')) expect(field).not.toMatch(/[\r\n,"]/);
      }),
      { numRuns: 300 },
    );
  });

  it('markdownText reads literally: no block can start on any line, line breaks kept', () => {
    const text = '# Heading\n> quote\n- item\n1. one\n```\n    code\n<div>\n---\n\nnext paragraph *em* [link](x)';
    const out = markdownText(text);
    for (const line of out.split('\n')) expect(line).not.toMatch(/^(#|>|-|\d+\.|```|<|\s{4})/);
    expect(out).toContain('\\*em\\*');
    expect(out).toContain('\\[link\\](x)');
    expect(out).toContain('\n\nnext paragraph');
  });
});
