import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { ExportDesignRequest, ExportDesignResult, ExportFormat } from '../../shared/ipc/contract';
import type { PipelineDocument } from '../../shared/model/document';
import { writeFileAtomic } from './atomicWrite';
import { markdownSvgPath } from './designExportPaths';
import { fontFaces } from './exporters/fonts';
import type { ExportOutput, WorkerExportOptions } from './exportWorker/jobs';
import { DEFAULT_WORKER_LIMITS, runInWorker, type WorkerLimits, type WorkerOutcome } from './exportWorker/runInWorker';
import { describeIoError } from './ioMessages';

/**
 * File → Export… on the Node side: the same `exportDesign` calls, with the same options, as
 * `pipeboard export` makes (electron/cli/commands/export.ts), so the app and the CLI write
 * byte-identical files; each file is written atomically (temp file, fsync, rename). The exporters run
 * in a worker thread with a time and memory bound (exportWorker/), so a huge design neither blocks
 * the other calls nor takes the process down: it gets "This design is too large to export as …".
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

export async function writeDesignExport(job: DesignExportJob, limits: WorkerLimits = DEFAULT_WORKER_LIMITS): Promise<ExportDesignResult> {
  const fail = (message: string): ExportDesignResult => ({ ok: false, path: job.path, message });
  const { document, include, theme } = job;
  const svgPath = job.format === 'md' ? (job.svgPath ?? markdownSvgPath(job.path)) : undefined;
  const exports: WorkerExportOptions[] =
    svgPath !== undefined
      ? [
          { format: 'md', include, svgFileName: path.basename(svgPath) },
          { format: 'svg', include, theme },
        ]
      : [{ format: job.format, include, theme, scale: job.scale ?? 2, paper: job.paper ?? 'a4' }];
  const outcome = await runInWorker({ kind: 'export', document, exports, ...fontFolder() }, limits);
  if (!outcome.ok) return fail(exportFailure(job.format, job.path, outcome));
  const [main, svg] = outcome.result;
  if (main === undefined) return fail(`Could not export the design to ${job.path}: the exporter returned nothing.`);
  if (svgPath !== undefined && svg !== undefined) {
    const svgFailed = await write(svgPath, svg.data);
    if (svgFailed) return fail(svgFailed);
  }
  const failed = await write(job.path, main.data);
  if (failed) return fail(failed);
  return { ok: true, path: job.path, bytes: main.data.byteLength, alsoWritten: svgPath !== undefined ? [svgPath] : [], notes: main.notes };
}

const FORMAT_NAMES: Record<ExportFormat, string> = { svg: 'SVG', png: 'PNG', pdf: 'PDF', md: 'Markdown', csv: 'CSV', json: 'JSON' };

/** The sentence for an export the worker could not finish. */
function exportFailure(format: ExportFormat, target: string, outcome: Exclude<WorkerOutcome<ExportOutput[]>, { ok: true }>): string {
  switch (outcome.reason) {
    case 'timeout':
    case 'memory':
      return `This design is too large to export as ${FORMAT_NAMES[format]} (${outcome.detail}). Export a part of it, or choose SVG, CSV or JSON.`;
    case 'busy':
      return `Pipeboard is busy with other exports (${outcome.detail}); try again in a moment.`;
    case 'failed':
      // An exporter failing is a bug, but the user still gets a sentence and no partial file.
      return `Could not export the design to ${target}: ${outcome.detail}`;
  }
}

/** The folder of the shipped fonts as this thread knows it (set by the Electron main process), for the worker. */
function fontFolder(): { fontFolder?: string } {
  try {
    const first = fontFaces()[0];
    return first ? { fontFolder: path.dirname(first.path) } : {};
  } catch {
    return {};
  }
}
