import { FORBIDDEN_KEYS } from './limits';
import type { PathSegment } from './paths';

/** A path stored as a linked list, so walking a deeply nested value never copies paths. */
interface PathLink {
  parent: PathLink | undefined;
  segment: PathSegment;
}

function toPath(link: PathLink | undefined): PathSegment[] {
  const path: PathSegment[] = [];
  for (let at = link; at !== undefined; at = at.parent) path.push(at.segment);
  return path.reverse();
}

/**
 * Paths of every key named `__proto__`, `constructor` or `prototype`, anywhere in a value, up to
 * `limit` of them. `JSON.parse` turns `"__proto__"` into an own property, so `Object.keys` sees it.
 * The walk uses its own stack (no recursion, so depth cannot overflow the call stack) and visits each
 * object once (so shared or cyclic structures passed to `validateDocument` terminate).
 */
export function findForbiddenKeys(value: unknown, limit: number): PathSegment[][] {
  const found: PathSegment[][] = [];
  const seen = new Set<object>();
  const stack: { value: unknown; at: PathLink | undefined }[] = [{ value, at: undefined }];
  while (stack.length > 0 && found.length < limit) {
    const { value: current, at } = stack.pop()!;
    if (typeof current !== 'object' || current === null || seen.has(current)) continue;
    seen.add(current);
    if (Array.isArray(current)) {
      for (let index = current.length - 1; index >= 0; index--) {
        const item: unknown = current[index];
        if (typeof item === 'object' && item !== null) {
          stack.push({ value: item, at: { parent: at, segment: index } });
        }
      }
      continue;
    }
    const keys = Object.keys(current);
    for (let index = keys.length - 1; index >= 0; index--) {
      const key = keys[index]!;
      const link = { parent: at, segment: key };
      if (FORBIDDEN_KEYS.includes(key)) found.push(toPath(link));
      const child: unknown = (current as Record<string, unknown>)[key];
      if (typeof child === 'object' && child !== null) stack.push({ value: child, at: link });
    }
  }
  return found;
}
