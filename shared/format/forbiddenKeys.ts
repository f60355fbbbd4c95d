import type { PathSegment } from './paths';

/** A path stored as a linked list, so walking a deeply nested value never copies paths. */
interface PathLink {
  parent: PathLink | undefined;
  segment: PathSegment;
}

function toPath(link: PathLink): PathSegment[] {
  const path: PathSegment[] = [];
  for (let at: PathLink | undefined = link; at !== undefined; at = at.parent) path.push(at.segment);
  return path.reverse();
}

/** Keys that could reach an object's prototype if some code copied them blindly. */
const FORBIDDEN_KEYS: readonly string[] = ['__proto__', 'constructor', 'prototype'];

export function isForbiddenKey(key: string): boolean {
  return FORBIDDEN_KEYS.includes(key);
}

/**
 * Paths of every key named `__proto__`, `constructor` or `prototype`, anywhere in a value, in
 * document order, up to `limit` of them. `JSON.parse` turns `"__proto__"` into an own property, so
 * `Object.keys` sees it. The walk uses its own stack (no recursion, so depth cannot overflow the call
 * stack) and visits each object once (so shared or cyclic structures passed to `validateDocument`
 * terminate).
 */
export function findForbiddenKeys(value: unknown, limit: number): PathSegment[][] {
  const found: PathSegment[][] = [];
  const seen = new Set<object>();
  // Parallel stacks: what to visit next, where it is, and whether its own key is forbidden.
  const values: unknown[] = [value];
  const links: (PathLink | undefined)[] = [undefined];
  const flagged: boolean[] = [false];
  while (values.length > 0 && found.length < limit) {
    const current = values.pop();
    const at = links.pop();
    if (flagged.pop()) found.push(toPath(at!));
    if (typeof current !== 'object' || current === null || seen.has(current)) continue;
    seen.add(current);
    if (Array.isArray(current)) {
      for (let index = current.length - 1; index >= 0; index--) {
        const item: unknown = current[index];
        if (typeof item !== 'object' || item === null) continue;
        values.push(item);
        links.push({ parent: at, segment: index });
        flagged.push(false);
      }
      continue;
    }
    const record = current as Record<string, unknown>;
    const keys = Object.keys(record);
    for (let index = keys.length - 1; index >= 0; index--) {
      const key = keys[index]!;
      const child = record[key];
      const forbidden = isForbiddenKey(key);
      if (!forbidden && (typeof child !== 'object' || child === null)) continue;
      values.push(child);
      links.push({ parent: at, segment: key });
      flagged.push(forbidden);
    }
  }
  return found;
}

const FORBIDDEN_WORD = new RegExp(FORBIDDEN_KEYS.join('|'));

/**
 * A fast, sound pre-check on file text: false means no key in it can be forbidden, so the walk can
 * be skipped. A key spelled in JSON text is either literal or uses escapes, and the only escape that
 * can produce a letter or "_" is `\uXXXX`; so a text with neither a `\u` nor one of the three words
 * cannot contain such a key. (A label that merely mentions "prototype" just takes the slow path.)
 */
export function textMayHaveForbiddenKeys(text: string): boolean {
  return text.includes('\\u') || FORBIDDEN_WORD.test(text);
}
