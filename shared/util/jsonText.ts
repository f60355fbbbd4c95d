/**
 * Pieces for writing JSON by hand, byte for byte as `JSON.stringify(value, null, indent)` writes the
 * same values in the same order: for large outputs of a known shape, written in one pass without
 * building the object tree first.
 */

/** The characters JSON.stringify escapes: quote, backslash, C0 controls, and surrogates (escaped when unpaired). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

/** About how many characters a writer gathers before handing them on. */
export const CHUNK_CHARS = 1 << 16;

/** A string as JSON.stringify writes it; most strings need no escape and are quoted without the call. */
export function jsonString(text: string): string {
  return NEEDS_ESCAPE.test(text) ? JSON.stringify(text) : `"${text}"`;
}

export function jsonNumber(value: number): string {
  return Number.isFinite(value) ? `${value}` : 'null';
}

export function jsonScalar(value: string | number | boolean): string {
  if (typeof value === 'string') return jsonString(value);
  if (typeof value === 'number') return jsonNumber(value);
  return value ? 'true' : 'false';
}

export interface JsonLayout {
  /** The line break and indentation before a value at each depth ('' when compact). */
  brk: readonly string[];
  /** `"name": ` at `depth`, after its line break (without the comma that separates it from the previous field). */
  key(depth: number, name: string): string;
}

/** `indent` as JSON.stringify's third argument: a number of spaces (at most 10), or undefined for compact output. */
export function jsonLayout(indent: number | undefined, maxDepth = 8): JsonLayout {
  const unit = indent === undefined ? '' : ' '.repeat(Math.min(10, Math.max(0, Math.floor(indent))));
  const brk = Array.from({ length: maxDepth + 1 }, (_, depth) => (unit === '' ? '' : `\n${unit.repeat(depth)}`));
  const separator = unit === '' ? ':' : ': ';
  return { brk, key: (depth, name) => `${brk[depth]!}${jsonString(name)}${separator}` };
}

/** An array of strings whose brackets sit at `depth`: `[]` when empty, as JSON.stringify writes it. */
export function jsonStringList(values: readonly string[], layout: JsonLayout, depth: number): string {
  if (values.length === 0) return '[]';
  const itemBreak = layout.brk[depth + 1]!;
  let out = '[';
  for (let k = 0; k < values.length; k++) out += `${k > 0 ? ',' : ''}${itemBreak}${jsonString(values[k]!)}`;
  return `${out}${layout.brk[depth]!}]`;
}
