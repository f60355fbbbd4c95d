import { readFile, stat } from 'node:fs/promises';
import type { PipelineDocument } from '../../shared/model/document';
import { FORMAT_LIMITS, parseDocument } from '../../shared/format/index';
import { CliError, EXIT_BAD_INPUT } from './cliError';

/** Reads and validates a design file, or fails with every problem the loader found. */
export async function readDocument(file: string): Promise<PipelineDocument> {
  let text: string;
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw new CliError(`${file} is a folder, not a Pipeboard file.`, EXIT_BAD_INPUT);
    if (info.size > FORMAT_LIMITS.maxTextLength * 4) throw new CliError(`${file} is too large to be a Pipeboard file (${info.size} bytes).`, EXIT_BAD_INPUT);
    text = await readFile(file, 'utf8');
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
    throw new CliError(`Cannot read ${file}: ${reason}.`, EXIT_BAD_INPUT);
  }
  const result = parseDocument(text);
  if (result.ok) return result.document;
  const details = result.problems.map((problem) => `  ${problem.path || '(file)'}: ${problem.message}`).join('\n');
  throw new CliError(`${file}: ${result.message}\n${details}`, EXIT_BAD_INPUT);
}
