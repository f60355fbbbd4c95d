import type { ExportRequest, WriteResult } from '../../shared/ipc/contract';
import { writeFileAtomic } from './atomicWrite';
import { describeIoError } from './ioMessages';

/** Writes an export (SVG, PNG, Markdown, CSV…) atomically; the data arrives as UTF-8 text or base64. */
export async function writeExportFile(request: ExportRequest): Promise<WriteResult> {
  const bytes = Buffer.from(request.data, request.encoding);
  try {
    await writeFileAtomic(request.path, bytes);
    return { ok: true, path: request.path, bytes: bytes.byteLength };
  } catch (error) {
    return { ok: false, path: request.path, message: describeIoError(error, 'write the export to', request.path) };
  }
}
