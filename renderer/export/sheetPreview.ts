import type { AnalysisResult } from '../../shared/analysis/types';
import { costSheetCsv } from '../../shared/export/costCsv';
import { exportMarkdown } from '../../shared/export/markdown';
import { exportSvg } from '../../shared/export/svg/exportSvg';
import { serializeDocument } from '../../shared/format/index';
import type { PipelineDocument } from '../../shared/model/document';
import { formatMoney } from '../../shared/util/numbers';
import { appliesTo, exportFileName, type ExportChoices } from './exportChoices';
import { iconSourceFor } from './iconTexts';
import { withShippedFonts } from './sheetFonts';

/**
 * What the Export dialog shows for the current choices, made by the same pure exporters as the files
 * (shared/export): the study sheet for SVG, PNG and PDF, the text itself for Markdown, CSV and JSON.
 */
export type ExportPreview =
  | {
      kind: 'sheet';
      /** The sheet exactly as the SVG export writes it. */
      svg: string;
      /** The same with the shipped fonts inside, for <img> and the canvas. */
      drawable: string;
      width: number;
      height: number;
      /** The monthly total, as the sheet shows it. */
      total: string;
    }
  | { kind: 'text'; text: string; total: string };

/** The study sheet as the SVG export writes it (icons from the aws-icons files, loaded on demand). */
export async function sheetSvg(design: PipelineDocument, analysis: AnalysisResult, choices: Pick<ExportChoices, 'theme' | 'include'>): Promise<string> {
  const icons = await iconSourceFor(design);
  return exportSvg(design, analysis, { theme: choices.theme, include: choices.include, icons });
}

export async function buildPreview(design: PipelineDocument, analysis: AnalysisResult, choices: ExportChoices): Promise<ExportPreview> {
  const total = formatMoney(analysis.cost.total);
  if (appliesTo(choices.format).sheet) {
    const svg = await sheetSvg(design, analysis, choices);
    const drawable = await withShippedFonts(svg);
    const size = /<svg[^>]*\swidth="([\d.]+)"[^>]*\sheight="([\d.]+)"/.exec(svg.slice(0, 2000));
    return { kind: 'sheet', svg, drawable, width: Number(size?.[1] ?? 0), height: Number(size?.[2] ?? 0), total };
  }
  switch (choices.format) {
    case 'md':
      return { kind: 'text', text: exportMarkdown(design, analysis, { include: choices.include, svgFileName: exportFileName(design.title, 'svg') }), total };
    case 'csv':
      return { kind: 'text', text: costSheetCsv(analysis.cost), total };
    default:
      return { kind: 'text', text: serializeDocument(design), total };
  }
}
