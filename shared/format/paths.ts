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
