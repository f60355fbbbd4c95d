import type { AnalysisResult } from '../../analysis/types';
import type { PipelineDocument } from '../../model/document';
import { countOf, formatMoney } from '../../util/numbers';
import { displayText } from '../text';
import { costBands } from './costBands';
import { diagramLayout } from './diagram';
import { headerBand } from './headerBand';
import { issueBands } from './issueBands';
import { footerBand, needsBands } from './notesBands';
import type { SheetOptions } from './options';
import { SHEET_MARGIN } from './drawing';
import { PALETTES } from './theme';
import type { Band, Sheet } from './types';

/**
 * The study sheet's layout, shared by the SVG and PDF writers: a title with the key figures, the
 * diagram from the node positions, the cost sheet, the issues with their why, needs and notes, and a
 * footer with the price table's date, region and assumptions. Pure and deterministic.
 */

const MIN_WIDTH = 1200;

const MAX_WIDTH = 2400;

const MIN_DIAGRAM_SCALE = 0.35;

export function layoutSheet(document: PipelineDocument, analysis: AnalysisResult, options: SheetOptions): Sheet {
  const palette = PALETTES[options.theme];
  const include = options.include;
  const diagram = diagramLayout(document, analysis, palette, include);
  const maxHeight = options.maxDiagramHeight ?? 1200;
  let width: number;
  let scale: number;
  if (options.width !== undefined) {
    width = options.width;
    scale = Math.min(1, (width - 2 * SHEET_MARGIN) / diagram.width, maxHeight / diagram.height);
  } else {
    scale = Math.min(1, (MAX_WIDTH - 2 * SHEET_MARGIN) / diagram.width, Math.max(MIN_DIAGRAM_SCALE, maxHeight / diagram.height));
    width = Math.round(Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, diagram.width * scale + 2 * SHEET_MARGIN)));
    scale = Math.min(scale, (width - 2 * SHEET_MARGIN) / diagram.width);
  }
  const contentWidth = width - 2 * SHEET_MARGIN;
  const bands: Band[] = [headerBand(document, analysis, palette, include, width)];
  const panelHeight = diagram.height * scale;
  bands.push({
    kind: 'diagram',
    height: panelHeight + 32,
    items: [{ kind: 'rect', x: SHEET_MARGIN, y: 0, w: contentWidth, h: panelHeight, r: 12, fill: palette.canvas, stroke: palette.border, strokeWidth: 1 }],
    scale,
    naturalWidth: diagram.width,
    diagram: { x: SHEET_MARGIN + (contentWidth - diagram.width * scale) / 2, items: diagram.items },
  });
  const limits = options.limits ?? { costLines: Infinity, issues: Infinity, noteLines: 2000 };
  if (include.cost) bands.push(...costBands(analysis, palette, width, limits.costLines));
  if (include.issues) bands.push(...issueBands(document, analysis, palette, width, limits.issues));
  if (include.notes) bands.push(...needsBands(document, palette, width, limits.noteLines));
  bands.push(footerBand(document, analysis, palette, width, options.embedsDesign ?? false));
  const height = Math.ceil(bands.reduce((sum, band) => sum + band.height, 0));
  const counts = analysis.issues.length === 0 ? 'no issues' : countOf(analysis.issues.length, 'issue');
  const summary = `${countOf(document.nodes.length, 'service')}, ${countOf(document.edges.length, 'connection')}; ${formatMoney(analysis.cost.total)} per month; ${counts}.`;
  return { width, height, background: palette.page, bands, title: displayText(document.title).trim() || 'Untitled pipeline', summary, icons: diagram.icons };
}
