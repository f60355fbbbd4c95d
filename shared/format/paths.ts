/** A location inside a file's JSON: object keys and array indices, from the top. */
export type PathSegment = string | number;
export type Path = readonly PathSegment[];

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

function keyText(key: string, first: boolean): string {
  if (IDENTIFIER.test(key)) return first ? key : `.${key}`;
  return `[${JSON.stringify(key)}]`;
}

/** `["nodes", 3, "params", "shards"]` → `nodes[3].params.shards`; odd keys are quoted: `prices["a.b"]`. */
export function formatPath(path: Path): string {
  let text = '';
  for (const segment of path) {
    text += typeof segment === 'number' ? `[${segment}]` : keyText(segment, text === '');
  }
  return text;
}

/** The path with indices blanked, naming the kind of place: `nodes[3].position` → `nodes[].position`. */
export function pathShape(path: Path): string {
  let text = '';
  for (const segment of path) {
    text += typeof segment === 'number' ? '[]' : keyText(segment, text === '');
  }
  return text;
}

/** A problem located by path segments; load.ts sorts these and formats the paths. */
export interface PathProblem {
  path: Path;
  message: string;
}

/**
 * Orders paths as a reader meets them in a file: top-level fields in `rootOrder` (others after),
 * list items by index, shorter paths before the paths inside them.
 */
export function comparePaths(a: Path, b: Path, rootOrder: readonly string[]): number {
  const length = Math.min(a.length, b.length);
  for (let depth = 0; depth < length; depth++) {
    const left = a[depth]!;
    const right = b[depth]!;
    if (left === right) continue;
    if (typeof left === 'number' && typeof right === 'number') return left - right;
    if (typeof left === 'number') return -1;
    if (typeof right === 'number') return 1;
    if (depth === 0) {
      const rank = rootRank(left, rootOrder) - rootRank(right, rootOrder);
      if (rank !== 0) return rank;
    }
    return left < right ? -1 : 1;
  }
  return a.length - b.length;
}

function rootRank(key: string, rootOrder: readonly string[]): number {
  const index = rootOrder.indexOf(key);
  return index === -1 ? rootOrder.length : index;
}
