import fc from 'fast-check';
import { parseDocument, serializeDocument, validateDocument, type LoadResult } from '../../shared/format/index';
import { documentArbitrary } from '../../shared/format/documentArbitrary.testutil';
import { Violation, type FuzzTarget, type Outcome } from './target';

/** The document loader (shared/format): file text, and values already parsed. Never throws, always a LoadResult. */

export function checkLoadResult(result: LoadResult, what: string): Outcome {
  if (result.ok) {
    if (typeof result.document !== 'object' || result.document === null) throw new Violation(`${what} accepted without a document`);
    return 'accepted';
  }
  if (typeof result.message !== 'string' || !Array.isArray(result.problems)) throw new Violation(`${what} refused without a message and problems`);
  return 'refused';
}

/** Text edits: replace, insert or delete a few characters at random places. */
export const textMutation = fc.array(fc.record({ at: fc.nat(), cut: fc.nat({ max: 8 }), insert: fc.oneof(fc.string({ maxLength: 4 }), fc.constantFrom('{', '}', '[', ']', '"', ',', ':', '\\', '-1e999', 'null', '"__proto__"')) }), { minLength: 1, maxLength: 4 });

export function mutateText(text: string, edits: readonly { at: number; cut: number; insert: string }[]): string {
  let result = text;
  for (const edit of edits) {
    const at = result.length === 0 ? 0 : edit.at % result.length;
    result = result.slice(0, at) + edit.insert + result.slice(at + edit.cut);
  }
  return result;
}

const fileText = fc.oneof(
  { weight: 2, arbitrary: documentArbitrary({ maxNodes: 6 }).map(serializeDocument) },
  { weight: 4, arbitrary: fc.tuple(documentArbitrary({ maxNodes: 6 }).map(serializeDocument), textMutation).map(([text, edits]) => mutateText(text, edits)) },
  { weight: 2, arbitrary: fc.json() },
  { weight: 1, arbitrary: fc.jsonValue().map((value) => JSON.stringify({ format: 'pipeboard', version: 1, nodes: value })) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
);

export const loaderTextTarget: FuzzTarget<string> = {
  name: 'loader: parseDocument(text)',
  arbitrary: fileText,
  runs: 30_000,
  run: async (text) => checkLoadResult(parseDocument(text), 'parseDocument'),
};

export const loaderValueTarget: FuzzTarget<unknown> = {
  name: 'loader: validateDocument(value)',
  arbitrary: fc.oneof(fc.anything({ withNullPrototype: true, withObjectString: true, withSparseArray: true }), documentArbitrary({ maxNodes: 4 }).chain((document) =>
    fc.tuple(fc.constantFrom(...Object.keys(document)), fc.anything()).map(([key, value]) => ({ ...document, [key]: value })),
  )),
  runs: 15_000,
  run: async (value) => checkLoadResult(validateDocument(value), 'validateDocument'),
};
