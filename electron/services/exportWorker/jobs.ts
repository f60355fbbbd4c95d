import { analyze } from '../../../shared/analysis/analyze';
import type { PipelineDocument } from '../../../shared/model/document';
import { exportDesign, type ExportDesignOptions } from '../exporters/exportDesign';
import { setFontFolder } from '../exporters/fonts';
import type { DesignFileRead } from '../../../shared/export/designFile';
import { readDesignBytes } from '../exporters/openDesignFile';

/**
 * The work a worker thread does for the services: exports of one design, or the design read from an
 * image. Plain data in and out (structured clone), so it runs the same in a worker and in tests.
 */

/** One export's options, without what cannot cross a thread (icon readers, a shared analysis). */
export type WorkerExportOptions = Omit<ExportDesignOptions, 'icons' | 'analysis'>;

export type WorkerJob =
  | { kind: 'export'; document: PipelineDocument; exports: WorkerExportOptions[]; fontFolder?: string }
  | { kind: 'readImage'; bytes: Uint8Array; fileName: string };

export interface ExportOutput {
  data: Uint8Array;
  notes: string[];
}

export type ReadImageOutput = DesignFileRead;

export type WorkerJobResult<J extends WorkerJob> = J extends { kind: 'export' } ? ExportOutput[] : ReadImageOutput;

/** Runs one job; the exports share one analysis of the design. */
export async function runWorkerJob(job: WorkerJob): Promise<ExportOutput[] | ReadImageOutput> {
  if (job.kind === 'readImage') return readDesignBytes(job.bytes, job.fileName);
  if (job.fontFolder !== undefined) setFontFolder(job.fontFolder);
  const analysis = analyze(job.document);
  const outputs: ExportOutput[] = [];
  for (const options of job.exports) {
    const exported = await exportDesign(job.document, { ...options, analysis });
    outputs.push({ data: exported.data, notes: exported.notes });
  }
  return outputs;
}
