import { promises as fs } from 'node:fs';
import path from 'node:path';
import { analyze } from '../../shared/analysis/analyze';
import type { ExportDesignRequest, ExportDesignResult } from '../../shared/ipc/contract';
import type { PipelineDocument } from '../../shared/model/document';
import { writeFileAtomic } from './atomicWrite';
import { exportDesign } from './exporters/exportDesign';
import { markdownSvgPath } from './designExportPaths';
import { describeIoError } from './ioMessages';

/**
 * File → Export… on the Node side: the same `exportDesign` calls, with the same options, as
 * `pipeboard export` makes (electron/cli/commands/export.ts), so the app and the CLI write
 * byte-identical files; each file is written atomically (temp file, fsync, rename).
 */

/** A checked request: the document validated, the paths resolved by the path guard. */
export interface DesignExportJob extends Omit<ExportDesignRequest, 'document'> {
  document: PipelineDocument;
  /** Markdown only: where the SVG beside the note goes (markdownSvgPath of `path`, resolved). */
  svgPath?: string;
}

async function refusesFolder(target: string): Promise<string | undefined> {
  const stats = await fs.stat(target).catch(() => undefined);
  return stats?.isDirectory() ? `Could not write the export to ${target}: it is a folder, not a file.` : undefined;
}

async function write(target: string, data: Uint8Array): Promise<string | undefined> {
  const folder = await refusesFolder(target);
  if (folder) return folder;
  try {
    await writeFileAtomic(target, data);
    return undefined;
  } catch (error) {
    return describeIoError(error, 'write the export to', target);
  }
}

export async function writeDesignExport(job: DesignExportJob): Promise<ExportDesignResult> {
  const fail = (message: string): ExportDesignResult => ({ ok: false, path: job.path, message });
  const { document, include, theme } = job;
  const analysis = analyze(document);
  try {
    if (job.format === 'md') {
      const svgPath = job.svgPath ?? markdownSvgPath(job.path);
      const note = await exportDesign(document, { format: 'md', include, analysis, svgFileName: path.basename(svgPath) });
      const svg = await exportDesign(document, { format: 'svg', include, analysis, theme });
      const svgFailed = await write(svgPath, svg.data);
      if (svgFailed) return fail(svgFailed);
      const noteFailed = await write(job.path, note.data);
      if (noteFailed) return fail(noteFailed);
      return { ok: true, path: job.path, bytes: note.data.byteLength, alsoWritten: [svgPath], notes: [] };
    }
    const exported = await exportDesign(document, { format: job.format, include, analysis, theme, scale: job.scale ?? 2, paper: job.paper ?? 'a4' });
    const failed = await write(job.path, exported.data);
    if (failed) return fail(failed);
    return { ok: true, path: job.path, bytes: exported.data.byteLength, alsoWritten: [], notes: exported.notes };
  } catch (error) {
    // An exporter failing is a bug, but the user still gets a sentence and no partial file.
    const detail = error instanceof Error ? error.message : String(error);
    return fail(`Could not export the design to ${job.path}: ${detail}`);
  }
}
