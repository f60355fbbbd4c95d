import type { PipelineDocument } from '../model/document';
import { FORMAT_LIMITS } from './limits';
import { comparePaths, formatPath, type PathProblem } from './paths';
import type { LoadProblem } from './problems';
import { OBJECT_KINDS } from './schema';

export type LoadResult =
  | { ok: true; document: PipelineDocument }
  | { ok: false; message: string; problems: LoadProblem[] };

const ROOT_FIELDS = OBJECT_KINDS['']!.fields;

/** A refusal with its own summary sentence (not JSON, not a Pipeboard file, newer version…). */
export function refusal(message: string, problems: readonly PathProblem[]): LoadResult {
  return {
    ok: false,
    message,
    problems: problems.map((problem) => ({ path: formatPath(problem.path), message: problem.message })),
  };
}

/**
 * The usual refusal: problems sorted in file order, the first `maxProblems` listed; the summary
 * counts `total` (more than the problems given when a ProblemList kept only some).
 */
export function invalid(problems: readonly PathProblem[], total = problems.length): LoadResult {
  const { maxProblems } = FORMAT_LIMITS;
  const sorted = [...problems].sort((a, b) => comparePaths(a.path, b.path, ROOT_FIELDS));
  const count = `${total} problem${total === 1 ? '' : 's'}`;
  const listed = total > maxProblems ? ` (the first ${maxProblems} are listed)` : '';
  return refusal(`This file is not a valid Pipeboard design: ${count}${listed}.`, sorted.slice(0, maxProblems));
}

/** A bug or a hostile value made reading throw; the caller still gets a result, not an exception. */
export function internalError(error: unknown): LoadResult {
  let detail = 'unknown error';
  try {
    if (error instanceof Error) detail = error.message;
  } catch {
    // An error whose message cannot be read: keep the generic detail.
  }
  return refusal('Pipeboard could not read this file because of an internal error.', [
    { path: [], message: `Internal error while reading the file: ${detail}` },
  ]);
}
