import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, type PDFImage } from 'pdf-lib';
import type { AnalysisResult } from '../../../shared/analysis/types';
import { layoutSheet } from '../../../shared/export/sheet/layout';
import { truncate } from '../../../shared/export/sheet/measure';
import type { SheetInclude } from '../../../shared/export/sheet/options';
import { type ExportTheme, PALETTES } from '../../../shared/export/sheet/theme';
import type { Sheet } from '../../../shared/export/sheet/types';
import { FONT_SIZE } from '../../../shared/export/sheet/typography';
import type { IconSource } from '../../../shared/export/svg/icons';
import type { PipelineDocument } from '../../../shared/model/document';
import { nodeIconSource } from './icons';
import { type DrawContext, drawItem, drawText, flush } from './pdfDraw';
import { PdfFonts } from './pdfFonts';
import { BOTTOM_RESERVE, paginate } from './pdfPaginate';
import { type Frame, pathOperators, rectPath } from './pdfPaths';

/*
 * The study sheet as a vector PDF: the same layout as the SVG, drawn with PDF operators (pdf-lib), text
 * as real text in the shipped fonts (selectable, searchable), icons as vector paths. Chosen over an
 * SVG-to-PDF converter because none that runs in plain Node keeps text as text without a DOM.
 */

export type Paper = 'a4' | 'letter';

export interface PdfExportOptions {
  theme: ExportTheme;
  include: SheetInclude;
  paper: Paper;
  icons?: IconSource;
}

/** Landscape page sizes in points. */
export const PAPER_SIZES: Record<Paper, { width: number; height: number; name: string }> = {
  a4: { width: 841.89, height: 595.28, name: 'A4' },
  letter: { width: 792, height: 612, name: 'Letter' },
};

/** The sheet is laid out this wide (px) and scaled to the page width. */
const PDF_SHEET_WIDTH = 1200;

/** The sheet for a page of `paper`: laid out at the PDF width, the diagram fitted to the first page. */
function pdfSheet(document: PipelineDocument, analysis: AnalysisResult, options: Omit<PdfExportOptions, 'icons'>): { sheet: Sheet; pageHeight: number; scale: number } {
  const size = PAPER_SIZES[options.paper];
  const scale = size.width / PDF_SHEET_WIDTH;
  const pageHeight = size.height / scale;
  const base = { theme: options.theme, include: options.include, width: PDF_SHEET_WIDTH };
  const first = layoutSheet(document, analysis, { ...base, maxDiagramHeight: pageHeight });
  const header = first.bands[0]!.height;
  const sheet = layoutSheet(document, analysis, { ...base, maxDiagramHeight: Math.max(120, pageHeight - header - BOTTOM_RESERVE - 32) });
  return { sheet, pageHeight, scale };
}

/**
 * The study sheet as a landscape PDF (A4 or Letter): vector shapes, real text in the shipped fonts, the
 * diagram on the first page and the tables flowing onto the next ones, each page numbered.
 */
export async function exportPdf(document: PipelineDocument, analysis: AnalysisResult, options: PdfExportOptions): Promise<Uint8Array> {
  const { sheet, pageHeight, scale } = pdfSheet(document, analysis, options);
  const paper = PAPER_SIZES[options.paper];
  const palette = PALETTES[options.theme];
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.registerFontkit(fontkit);
  doc.setTitle(sheet.title || 'Pipeboard design', { showInWindowTitleBar: true });
  doc.setSubject(sheet.summary);
  doc.setCreator('Pipeboard');
  doc.setProducer('Pipeboard (pdf-lib)');
  const fonts = new PdfFonts(doc);
  const images = new Map<string, PDFImage>();
  const icons = options.icons ?? nodeIconSource;
  const pages = paginate(sheet, pageHeight);
  for (let index = 0; index < pages.length; index++) {
    const page = doc.addPage([paper.width, paper.height]);
    const context: DrawContext = { page, fonts, icons, images, doc, ops: [] };
    const pageFrame: Frame = { x: 0, y: paper.height, scale };
    context.ops.push(...pathOperators(rectPath(0, 0, PDF_SHEET_WIDTH, pageHeight), pageFrame, { fill: sheet.background }));
    for (const { band, top } of pages[index]!) {
      const frame: Frame = { x: 0, y: paper.height - top * scale, scale };
      for (const item of band.items) await drawItem(item, frame, context);
      if (band.diagram) {
        const inner: Frame = { x: band.diagram.x * scale, y: frame.y, scale: scale * (band.scale ?? 1) };
        for (const item of band.diagram.items) await drawItem(item, inner, context);
      }
    }
    const footer = `${truncate(sheet.title || 'Pipeboard design', 800, FONT_SIZE.tiny)} · page ${index + 1} of ${pages.length}`;
    await drawText(
      { kind: 'text', x: PDF_SHEET_WIDTH / 2, y: pageHeight - 20, text: footer, size: FONT_SIZE.tiny, weight: 'regular', fill: palette.muted, anchor: 'middle', width: 0, rtl: false },
      pageFrame,
      context,
    );
    flush(context);
  }
  return doc.save({ useObjectStreams: true });
}
