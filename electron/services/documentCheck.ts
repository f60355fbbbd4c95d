import { validateDocument } from '../../shared/format';
import type { LoadProblem } from '../../shared/format/problems';
import type { PipelineDocument } from '../../shared/model/document';

export type CheckedDocument =
  | { ok: true; document: PipelineDocument }
  | { ok: false; message: string; problems: LoadProblem[] };

/**
 * Runs a document that arrived from the renderer through the same validator that loads files, so
 * nothing is written that Pipeboard would refuse to open.
 */
export function checkDocument(value: unknown): CheckedDocument {
  const result = validateDocument(value);
  if (result.ok) return { ok: true, document: result.document };
  return { ok: false, message: result.message, problems: result.problems };
}

/** "Title: first problem; second problem" for a one-line error. */
export function summariseProblems(message: string, problems: readonly LoadProblem[]): string {
  if (problems.length === 0) return message;
  const shown = problems.slice(0, 3).map((problem) => `${problem.path}: ${problem.message}`);
  const more = problems.length > 3 ? ` (and ${problems.length - 3} more)` : '';
  return `${message}: ${shown.join('; ')}${more}`;
}
