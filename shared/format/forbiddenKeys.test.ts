import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findForbiddenKeys, textMayHaveForbiddenKeys } from './forbiddenKeys';

describe('findForbiddenKeys', () => {
  it('finds every forbidden key with its path, up to the limit', () => {
    const value = JSON.parse('{"a":[{"__proto__":1},{"b":{"constructor":2}}],"prototype":3}') as unknown;
    expect(findForbiddenKeys(value, 10)).toEqual([['a', 0, '__proto__'], ['a', 1, 'b', 'constructor'], ['prototype']]);
    expect(findForbiddenKeys(value, 1)).toHaveLength(1);
  });

  it('walks nesting far deeper than the call stack', () => {
    const depth = 100_000;
    const value = JSON.parse(`${'{"a":['.repeat(depth)}{"__proto__":0}${']}'.repeat(depth)}`) as unknown;
    const [path] = findForbiddenKeys(value, 1);
    expect(path).toHaveLength(2 * depth + 1);
    expect(path!.at(-1)).toBe('__proto__');
  });

  it('terminates on shared and cyclic structures', () => {
    const shared = { constructor: 1 };
    const cyclic: Record<string, unknown> = { left: shared, right: shared };
    cyclic.self = cyclic;
    expect(findForbiddenKeys(cyclic, 10)).toEqual([['left', 'constructor']]);
  });

  it('ignores primitives and the words as values', () => {
    expect(findForbiddenKeys('__proto__', 10)).toEqual([]);
    expect(findForbiddenKeys({ label: 'constructor', list: ['prototype'] }, 10)).toEqual([]);
  });
});

describe('textMayHaveForbiddenKeys', () => {
  it('is true for every text whose JSON has a forbidden key (so skipping the walk is safe)', () => {
    const key = fc.oneof(fc.constantFrom('__proto__', 'constructor', 'prototype'), fc.string({ maxLength: 4 }));
    const value = fc.letrec<{ value: unknown }>((tie) => ({
      value: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        fc.jsonValue({ maxDepth: 0 }),
        fc.array(tie('value'), { maxLength: 3 }),
        fc.dictionary(key, tie('value'), { maxKeys: 3 }),
      ),
    })).value;
    // Inside strings, escape some letters as \uXXXX, as another writer might.
    const escapeSome = (json: string, mask: number) =>
      json.replace(/"(?:[^"\\]|\\.)*"/g, (literal) =>
        literal.replace(/[a-z_]/g, (char, index: number) =>
          (mask >> index % 30) & 1 ? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}` : char,
        ),
      );
    fc.assert(
      fc.property(value, fc.nat(), (tree, mask) => {
        const json = JSON.stringify(tree);
        if (json === undefined) return;
        for (const text of [json, escapeSome(json, mask)]) {
          const parsed = JSON.parse(text) as unknown;
          if (findForbiddenKeys(parsed, 1).length > 0) expect(textMayHaveForbiddenKeys(text)).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('is false for ordinary text and true for any \\u escape', () => {
    expect(textMayHaveForbiddenKeys('{"label": "<b>&"}')).toBe(false);
    expect(textMayHaveForbiddenKeys('{"l": "\\u0041"}')).toBe(true);
    expect(textMayHaveForbiddenKeys('{"l": "my prototype"}')).toBe(true);
  });
});
