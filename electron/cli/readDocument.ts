import { readFile, stat } from 'node:fs/promises';
import type { PipelineDocument } from '../../shared/model/document';
import { FORMAT_LIMITS } from '../../shared/format/index';
import { readDesignFile } from '../../shared/export/designFile';
import { NODE_PNG_READING } from '../services/exporters/pngRead';
import { CliError, EXIT_BAD_INPUT } from './cliError';

/**
 * Reads and validates a design file — a .pipeboard.json, or an SVG/PNG exported by Pipeboard with the
 * design inside — or fails with every problem the loader found.
 */
export async function readDocument(file: string): Promise<PipelineDocument> {
  let bytes: Uint8Array;
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw new CliError(`${file} is a folder, not a Pipeboard file.`, EXIT_BAD_INPUT);
    if (info.size > FORMAT_LIMITS.maxTextLength * 4) throw new CliError(`${file} is too large to be a Pipeboard file (${info.size} bytes).`, EXIT_BAD_INPUT);
    bytes = new Uint8Array(await readFile(file));
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
    throw new CliError(`Cannot read ${file}: ${reason}.`, EXIT_BAD_INPUT);
  }
  const result = readDesignFile(bytes, file, NODE_PNG_READING);
  if (result.ok) return result.document;
  const details = result.problems.map((problem) => `  ${problem.path || '(file)'}: ${problem.message}`).join('\n');
  throw new CliError(`${file}: ${result.message}\n${details}`, EXIT_BAD_INPUT);
}
