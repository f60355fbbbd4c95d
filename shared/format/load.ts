import { FORMAT_NAME } from '../model/document';
import { buildDocument } from './build';
import { allClean, isCleanEdge, isCleanNode } from './cleanItems';
import { describeValue, isRecord } from './describeValue';
import { findForbiddenKeys, textMayHaveForbiddenKeys } from './forbiddenKeys';
import { checkHeader } from './header';
import { findJsonSyntaxError } from './jsonSyntax';
import { FORMAT_LIMITS } from './limits';
import { internalError, invalid, refusal, type LoadResult } from './loadResult';
import { migrate } from './migrations';
import { checkNodeParams } from './params';
import { formatPath } from './paths';
import { ProblemList } from './problemList';
import { checkReferences } from './references';
import { fileSchema } from './schema';
import { addIssue } from './zodIssues';

export type { LoadResult } from './loadResult';

/**
 * Reads the text of a `.pipeboard.json` file. Never throws: any failure, including an internal one,
 * comes back as `{ ok: false }` with one summary sentence and the problems found, each located by
 * its JSON path.
 */
export function parseDocument(text: string): LoadResult {
  try {
    return parseText(text);
  } catch (error) {
    return internalError(error);
  }
}

/**
 * Checks a value already parsed from JSON (or built in memory) and returns a fresh document with
 * defaults filled in; the document shares no objects with `value`. Never throws.
 */
export function validateDocument(value: unknown): LoadResult {
  try {
    return validateValue(value, true);
  } catch (error) {
    return internalError(error);
  }
}

function parseText(text: string): LoadResult {
  if (typeof text !== 'string') {
    return refusal('This file could not be read as text.', [
      { path: [], message: `Expected the text of a file, got ${describeValue(text)}` },
    ]);
  }
  const { maxTextLength } = FORMAT_LIMITS;
  if (text.length > maxTextLength) {
    const size = `${(text.length / (1024 * 1024)).toFixed(1)} MB`;
    const limit = `${maxTextLength / (1024 * 1024)} MB`;
    return refusal(`This file is too large to open (${size}; the limit is ${limit}).`, [
      { path: [], message: `The file has ${text.length} characters; Pipeboard opens files of up to ${maxTextLength}` },
    ]);
  }
  // Some editors start UTF-8 files with a byte order mark, which JSON does not allow.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return notJson(body);
  }
  return validateValue(value, textMayHaveForbiddenKeys(body));
}

function notJson(text: string): LoadResult {
  if (text.trim() === '') return refusal('This file is empty.', [{ path: [], message: 'The file is empty' }]);
  const error = findJsonSyntaxError(text);
  const detail =
    error === undefined
      ? 'The file is not valid JSON'
      : `The file is not valid JSON at line ${error.line}, column ${error.column}: ${error.reason}`;
  return refusal('This file is not valid JSON.', [{ path: [], message: detail }]);
}

/** `mayHaveForbiddenKeys` is false only when the file text proved there are none. */
function validateValue(value: unknown, mayHaveForbiddenKeys: boolean): LoadResult {
  const forbidden = mayHaveForbiddenKeys ? findForbiddenKeys(value, FORMAT_LIMITS.maxProblems) : [];
  if (forbidden.length > 0) {
    return refusal(
      'This file contains field names that are not allowed (__proto__, constructor or prototype).',
      forbidden.map((path) => {
        const owner = path.length === 1 ? 'The file' : formatPath(path.slice(0, -1));
        return { path, message: `${owner} has a field named ${JSON.stringify(path.at(-1))}, which is not allowed` };
      }),
    );
  }
  if (!isRecord(value)) {
    return refusal('This is not a Pipeboard file.', [
      { path: [], message: `The file must contain a JSON object with "format": "${FORMAT_NAME}", got ${describeValue(value)}` },
    ]);
  }
  const header = checkHeader(value);
  if ('refused' in header) return header.refused;
  const migrated = migrate(value, header.version);
  if (!migrated.ok) return invalid([{ path: ['version'], message: migrated.reason }]);
  return checkFile(migrated.file);
}

/** Problems kept in full for sorting; the rest are only counted. */
const PROBLEMS_KEPT = 1000;

/** Every problem in a current-version file (schema, params, references), or the loaded document. */
function checkFile(file: Record<string, unknown>): LoadResult {
  const parsed = checkSchema(file);
  const list = new ProblemList(PROBLEMS_KEPT);
  if (!parsed.success) for (const issue of parsed.error.issues) addIssue(issue, list);
  if (Array.isArray(file.nodes)) file.nodes.forEach((node: unknown, index) => checkNodeParams(node, index, list));
  checkReferences(file, list);
  if (!parsed.success && list.total === 0) list.add(() => ({ path: [], message: 'The file is not valid' }));
  if (!parsed.success || list.total > 0) return invalid(list.problems, list.total);
  return { ok: true, document: buildDocument(parsed.data) };
}

/** The schema's verdict; when every node and edge is clean (cleanItems.ts), zod checks only the rest. */
function checkSchema(file: Record<string, unknown>): ReturnType<typeof fileSchema.safeParse> {
  const { nodes, edges, ...rest } = file;
  if (allClean(nodes, isCleanNode) && allClean(edges, isCleanEdge)) {
    // One small object, parsed once: compiling zod's generated fast parsers for it would cost more than it saves.
    const head = fileSchema.safeParse(rest, { reportInput: true, jitless: true });
    if (head.success) return { ...head, data: { ...head.data, nodes, edges } };
  }
  return fileSchema.safeParse(file, { reportInput: true });
}
