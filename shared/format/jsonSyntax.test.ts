import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findJsonSyntaxError, lineAndColumn } from './jsonSyntax';

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** Valid JSON with one character inserted, deleted or replaced: text that is almost JSON. */
const nearlyJson = fc
  .tuple(fc.json(), fc.nat(), fc.constantFrom('insert', 'delete', 'replace'), fc.constantFrom(...'{}[]:,"\\ e.-+0tn\n\u0001'))
  .map(([json, at, edit, char]) => {
    const index = json.length === 0 ? 0 : at % json.length;
    if (edit === 'insert') return json.slice(0, index) + char + json.slice(index);
    if (edit === 'delete') return json.slice(0, index) + json.slice(index + 1);
    return json.slice(0, index) + char + json.slice(index + 1);
  });

describe('findJsonSyntaxError', () => {
  it.each([
    ['{"a": 1,}', 1, 9, 'expected a field name in double quotes but found "}"'],
    ['[1, 2', 1, 6, 'expected "," or "]" but found the end of the file'],
    ['{"a" 1}', 1, 6, 'expected ":" after the field name but found "1"'],
    ['{"a": 1 "b": 2}', 1, 9, 'expected "," or "}" but found "\\""'],
    ["{'a': 1}", 1, 2, 'expected a field name in double quotes but found "\'"'],
    ['{ "format": "pipeboard", nodes: [] }', 1, 26, 'expected a field name in double quotes but found "n"'],
    ['[NaN]', 1, 2, 'expected a value but found "N"'],
    ["['x']", 1, 2, 'expected a value but found "\'" (JSON text must use double quotes)'],
    ['{"a": "b\nc"}', 1, 9, 'a line break inside text in quotes must be written as an escape (is a closing quote missing?)'],
    ['\n\n  "abc', 3, 3, 'this text in quotes is never closed'],
    ['"\\x"', 1, 1, 'this text in quotes has an invalid escape (only \\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX are allowed)'],
    ['"\\u12g4"', 1, 1, 'this text in quotes has a "\\u" escape without four hexadecimal digits after it'],
    ['["a\u0001"]', 1, 2, 'this text in quotes holds a control character, which must be written as an escape'],
    ['[01]', 1, 3, 'expected "," or "]" but found "1"'],
    ['[1.]', 1, 2, 'invalid number "1."'],
    ['[-]', 1, 2, 'expected a value but found "-"'],
    ['[1] // note', 1, 5, 'expected a value but found "/"'],
    ['[1e+]', 1, 2, 'invalid number "1e+"'],
    ['{} {}', 1, 4, 'expected the end of the file after the JSON value but found "{"'],
    ['\uFEFF{}', 1, 1, 'expected a value but found a byte order mark (U+FEFF)'],
    ['[\u0007]', 1, 2, 'expected a value but found a control character (U+0007)'],
    ['   ', 1, 4, 'the file is empty'],
  ])('%j: line %i, column %i: %s', (text, line, column, reason) => {
    expect(parses(text)).toBe(false);
    expect(findJsonSyntaxError(text)).toMatchObject({ line, column, reason });
  });

  it('counts lines and columns from 1', () => {
    expect(lineAndColumn('ab\ncd\n\nef', 0)).toEqual({ line: 1, column: 1 });
    expect(lineAndColumn('ab\ncd\n\nef', 4)).toEqual({ line: 2, column: 2 });
    expect(lineAndColumn('ab\ncd\n\nef', 8)).toEqual({ line: 4, column: 2 });
  });

  it('finds errors in deeply nested text, and gives up without throwing past the call stack', () => {
    expect(findJsonSyntaxError('['.repeat(1000) + ']'.repeat(999))).toMatchObject({ column: 2000 });
    const depth = 200_000;
    expect(() => findJsonSyntaxError('['.repeat(depth) + ']'.repeat(depth - 1))).not.toThrow();
  });

  it('agrees with JSON.parse on valid JSON, nearly-JSON and arbitrary text', () => {
    const anyText = fc.oneof(fc.json(), nearlyJson, fc.string({ unit: 'binary', maxLength: 30 }), fc.string({ unit: 'binary-ascii' }));
    fc.assert(
      fc.property(anyText, (text) => {
        const error = findJsonSyntaxError(text);
        expect(error === undefined).toBe(parses(text));
        if (error !== undefined) {
          expect(error.offset).toBeGreaterThanOrEqual(0);
          expect(error.offset).toBeLessThanOrEqual(text.length);
          expect(error.reason.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
