import { FORMAT_NAME, FORMAT_VERSION, type PipelineDocument } from '../model/document';
import { buildDocument } from './build';
import { describeValue, isRecord } from './describeValue';
import { findForbiddenKeys, textMayHaveForbiddenKeys } from './forbiddenKeys';
import { findJsonSyntaxError } from './jsonSyntax';
import { FORMAT_LIMITS } from './limits';
import { OLDEST_FORMAT_VERSION, migrate } from './migrations';
import { checkNodeParams } from './params';
import { comparePaths, formatPath, type PathProblem } from './paths';
import type { LoadProblem } from './problems';
import { checkReferences } from './references';
import { OBJECT_KINDS, fileSchema } from './schema';
import { describeIssue } from './zodIssues';

export type LoadResult =
  | { ok: true; document: PipelineDocument }
  | { ok: false; message: string; problems: LoadProblem[] };

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
    return validateValue(value);
  } catch (error) {
    return internalError(error);
  }
}

const ROOT_FIELDS = OBJECT_KINDS['']!.fields;

function fail(message: string, problems: PathProblem[]): LoadResult {
  return {
    ok: false,
    message,
    problems: problems.map((problem) => ({ path: formatPath(problem.path), message: problem.message })),
  };
}

/** The usual failure: many problems, sorted in file order, the first `maxProblems` listed. */
function invalid(problems: PathProblem[]): LoadResult {
  const { maxProblems } = FORMAT_LIMITS;
  const sorted = [...problems].sort((a, b) => comparePaths(a.path, b.path, ROOT_FIELDS));
  const count = `${problems.length} problem${problems.length === 1 ? '' : 's'}`;
  const listed = problems.length > maxProblems ? ` (the first ${maxProblems} are listed)` : '';
  return fail(`This file is not a valid Pipeboard design: ${count}${listed}.`, sorted.slice(0, maxProblems));
}

function internalError(error: unknown): LoadResult {
  let detail = 'unknown error';
  try {
    if (error instanceof Error) detail = error.message;
  } catch {
    // An error whose message cannot be read: keep the generic detail.
  }
  return fail('Pipeboard could not read this file because of an internal error.', [
    { path: [], message: `Internal error while reading the file: ${detail}` },
  ]);
}

function parseText(text: string): LoadResult {
  if (typeof text !== 'string') {
    return fail('This file could not be read as text.', [
      { path: [], message: `Expected the text of a file, got ${describeValue(text)}` },
    ]);
  }
  const { maxTextLength } = FORMAT_LIMITS;
  if (text.length > maxTextLength) {
    const size = `${(text.length / (1024 * 1024)).toFixed(1)} MB`;
    const limit = `${maxTextLength / (1024 * 1024)} MB`;
    return fail(`This file is too large to open (${size}; the limit is ${limit}).`, [
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
  if (text.trim() === '') return fail('This file is empty.', [{ path: [], message: 'The file is empty' }]);
  const error = findJsonSyntaxError(text);
  const detail =
    error === undefined
      ? 'The file is not valid JSON'
      : `The file is not valid JSON at line ${error.line}, column ${error.column}: ${error.reason}`;
  return fail('This file is not valid JSON.', [{ path: [], message: detail }]);
}

function validateValue(value: unknown, mayHaveForbiddenKeys = true): LoadResult {
  const forbidden = mayHaveForbiddenKeys ? findForbiddenKeys(value, FORMAT_LIMITS.maxProblems) : [];
  if (forbidden.length > 0) {
    return fail(
      'This file contains field names that are not allowed (__proto__, constructor or prototype).',
      forbidden.map((path) => {
        const owner = path.length === 1 ? 'The file' : formatPath(path.slice(0, -1));
        return { path, message: `${owner} has a field named ${JSON.stringify(path[path.length - 1])}, which is not allowed` };
      }),
    );
  }
  if (!isRecord(value)) {
    return fail('This is not a Pipeboard file.', [
      { path: [], message: `The file must contain a JSON object with "format": "${FORMAT_NAME}", got ${describeValue(value)}` },
    ]);
  }
  if (value.format !== FORMAT_NAME) {
    const found = value.format === undefined ? 'is missing' : `is ${describeValue(value.format)}`;
    return fail('This is not a Pipeboard file.', [
      { path: ['format'], message: `format ${found}; a Pipeboard file has "format": "${FORMAT_NAME}"` },
    ]);
  }
  const version = checkVersion(value.version);
  if (version.newer) {
    const sentence = `This file was written by a newer Pipeboard (format version ${String(value.version)}); this version reads version ${FORMAT_VERSION}`;
    return fail(`${sentence}.`, [{ path: ['version'], message: sentence }]);
  }
  if (version.problem !== undefined) return invalid([{ path: ['version'], message: version.problem }]);

  const tooMany = [...countProblem(value.nodes, 'nodes', FORMAT_LIMITS.maxNodes), ...countProblem(value.edges, 'edges', FORMAT_LIMITS.maxEdges)];
  if (tooMany.length > 0) return invalid(tooMany);

  const migrated = migrate(value, value.version as number);
  if (!migrated.ok) return invalid([{ path: ['version'], message: migrated.reason }]);
  return checkFile(migrated.file);
}

function checkVersion(version: unknown): { newer: boolean; problem?: string } {
  if (typeof version === 'number' && Number.isInteger(version)) {
    if (version > FORMAT_VERSION) return { newer: true };
    if (version >= OLDEST_FORMAT_VERSION) return { newer: false };
  }
  if (version === undefined) {
    return { newer: false, problem: `version is missing; this version of Pipeboard reads version ${FORMAT_VERSION}` };
  }
  const allowed =
    OLDEST_FORMAT_VERSION === FORMAT_VERSION
      ? `${FORMAT_VERSION}`
      : `a whole number from ${OLDEST_FORMAT_VERSION} to ${FORMAT_VERSION}`;
  return { newer: false, problem: `version must be ${allowed}, got ${describeValue(version)}` };
}

function countProblem(items: unknown, list: 'nodes' | 'edges', max: number): PathProblem[] {
  if (!Array.isArray(items) || items.length <= max) return [];
  return [{ path: [list], message: `${list} has ${items.length} items; a design may have at most ${max} ${list}` }];
}

function checkFile(file: Record<string, unknown>): LoadResult {
  const parsed = fileSchema.safeParse(file, { reportInput: true });
  const problems: PathProblem[] = parsed.success ? [] : parsed.error.issues.flatMap(describeIssue);
  if (Array.isArray(file.nodes)) {
    file.nodes.forEach((node: unknown, index) => {
      for (const problem of checkNodeParams(node, index)) problems.push(problem);
    });
  }
  for (const problem of checkReferences(file.nodes, file.edges)) problems.push(problem);
  if (!parsed.success && problems.length === 0) problems.push({ path: [], message: 'The file is not valid' });
  if (!parsed.success || problems.length > 0) return invalid(problems);
  return { ok: true, document: buildDocument(parsed.data) };
}
