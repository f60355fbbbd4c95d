import { describe, expect, it } from 'vitest';
import { escapeJsonForTerminal, hasTerminalEscapeBytes } from './terminalText';

const encoder = new TextEncoder();

describe('hasTerminalEscapeBytes', () => {
  it('finds in UTF-8 bytes exactly the characters escapeJsonForTerminal escapes, at any place', () => {
    const disagreements: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const char = String.fromCharCode(code);
      for (const text of [char, `a${char}`, `·≈${char}b`]) {
        const escapes = escapeJsonForTerminal(text) !== text;
        if (hasTerminalEscapeBytes(encoder.encode(text)) !== escapes) disagreements.push(`U+${code.toString(16)} in ${JSON.stringify(text)}`);
      }
    }
    expect(disagreements).toEqual([]);
    expect(hasTerminalEscapeBytes(encoder.encode('\u{1f600}'))).toBe(false);
    expect(hasTerminalEscapeBytes(encoder.encode('label \u202e txt'))).toBe(true);
  });
});
