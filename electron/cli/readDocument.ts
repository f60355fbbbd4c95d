import type { PipelineDocument } from '../../shared/model/document';
import { DOCUMENT_MAX_BYTES } from '../../shared/ipc/limits';
import { describeRefusal, readBoundedFile } from '../services/boundedRead';
import { DESIGN_IMAGE_MAX_BYTES, designFileKind } from '../../shared/export/designFileKind';
import { parseDocumentBytes } from '../../shared/format/utf8Bytes';
import { CliError, EXIT_BAD_INPUT } from './cliError';

/** The most bytes the CLI reads from one file: the larger of a design file and an image with a design inside. */
const CLI_READ_MAX_BYTES = Math.max(DOCUMENT_MAX_BYTES, DESIGN_IMAGE_MAX_BYTES);

/**
 * Reads and validates a design file — a .pipeboard.json, or an SVG/PNG exported by Pipeboard with the
 * design inside — or fails with every problem the loader found. Only regular files are read (a FIFO
 * or a device is refused, never waited on), and never more than CLI_READ_MAX_BYTES.
 */
export async function readDocument(file: string): Promise<PipelineDocument> {
  let bytes: Uint8Array;
  try {
    const read = await readBoundedFile(file, CLI_READ_MAX_BYTES);
    if (!read.ok) throw new CliError(describeRefusal(file, read.refusal), EXIT_BAD_INPUT);
    bytes = read.bytes;
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
    throw new CliError(`Cannot read ${file}: ${reason}.`, EXIT_BAD_INPUT);
  }
  // The image readers (an XML parser among them) are loaded only for an image: most runs read JSON.
  const result =
    designFileKind(bytes, file) === 'json'
      ? parseDocumentBytes(bytes)
      : (await import('../services/exporters/openDesignFile')).readDesignBytes(bytes, file);
  if (result.ok) return result.document;
  const details = result.problems.map((problem) => `  ${problem.path || '(file)'}: ${problem.message}`).join('\n');
  throw new CliError(`${file}: ${result.message}\n${details}`, EXIT_BAD_INPUT);
}
