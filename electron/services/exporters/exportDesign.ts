import { analyze } from '../../../shared/analysis/analyze';
import type { AnalysisResult } from '../../../shared/analysis/types';
import { costSheetCsv } from '../../../shared/export/costCsv';
import { exportMarkdown } from '../../../shared/export/markdown';
import type { SheetInclude } from '../../../shared/export/sheet/options';
import type { ExportTheme } from '../../../shared/export/sheet/theme';
import { exportSvg } from '../../../shared/export/svg/exportSvg';
import type { IconSource } from '../../../shared/export/svg/icons';
import { serializeDocument } from '../../../shared/format/index';
import type { PipelineDocument } from '../../../shared/model/document';
import { nodeIconSource } from './icons';
import { exportPdf, type Paper } from './pdf';
import { renderPng } from './png';

export const EXPORT_FORMATS = ['svg', 'png', 'pdf', 'md', 'csv', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export const PNG_SCALES = [1, 2, 3] as const;

export const EXPORT_EXTENSIONS: Record<ExportFormat, string> = {
  svg: '.svg',
  png: '.png',
  pdf: '.pdf',
  md: '.md',
  csv: '.csv',
  json: '.pipeboard.json',
};

const EXPORT_MEDIA_TYPES: Record<ExportFormat, string> = {
  svg: 'image/svg+xml',
  png: 'image/png',
  pdf: 'application/pdf',
  md: 'text/markdown',
  csv: 'text/csv',
  json: 'application/json',
};

export interface ExportDesignOptions {
  format: ExportFormat;
  theme?: ExportTheme;
  include?: Partial<SheetInclude>;
  /** PNG: 1, 2 or 3 (device pixels per px). */
  scale?: number;
  /** PDF page size (landscape). */
  paper?: Paper;
  /** Markdown: the SVG beside the note that it shows. */
  svgFileName?: string;
  icons?: IconSource;
  /** Reuse an analysis already made for this document. */
  analysis?: AnalysisResult;
}

export interface ExportedDesign {
  format: ExportFormat;
  data: Uint8Array;
  mediaType: string;
  /** Things the user should know (a PNG drawn at a lower scale to stay within size limits). */
  notes: string[];
}

const encoder = new TextEncoder();

/** One export of a design in memory; the caller writes it (atomically) where it belongs. */
export async function exportDesign(document: PipelineDocument, options: ExportDesignOptions): Promise<ExportedDesign> {
  const analysis = options.analysis ?? analyze(document);
  const include: SheetInclude = { cost: true, issues: true, notes: true, ...options.include };
  const theme = options.theme ?? 'light';
  const icons = options.icons ?? nodeIconSource;
  const notes: string[] = [];
  let data: Uint8Array;
  switch (options.format) {
    case 'svg':
      data = encoder.encode(exportSvg(document, analysis, { theme, include, icons }));
      break;
    case 'png': {
      const requested = options.scale ?? 2;
      const rendered = renderPng(exportSvg(document, analysis, { theme, include, icons }), document, requested);
      if (rendered.scale < requested) notes.push(`The image was drawn at scale ${rendered.scale.toFixed(2)} instead of ${requested} to stay within ${rendered.width}×${rendered.height} pixels.`);
      data = rendered.png;
      break;
    }
    case 'pdf':
      data = await exportPdf(document, analysis, { theme, include, paper: options.paper ?? 'a4', icons });
      break;
    case 'md':
      data = encoder.encode(exportMarkdown(document, analysis, { include, ...(options.svgFileName ? { svgFileName: options.svgFileName } : {}) }));
      break;
    case 'csv':
      data = encoder.encode(costSheetCsv(analysis.cost));
      break;
    case 'json':
      data = encoder.encode(serializeDocument(document));
      break;
  }
  return { format: options.format, data, mediaType: EXPORT_MEDIA_TYPES[options.format], notes };
}
