import type { ExportTheme } from './theme';

/** What a study sheet shows and how large it may grow: the options of layoutSheet. */

export interface SheetInclude {
  cost: boolean;
  issues: boolean;
  notes: boolean;
}

export interface SheetOptions {
  theme: ExportTheme;
  include: SheetInclude;
  /** A fixed sheet width in px (the PDF's); by default the sheet fits the diagram, 1200–2400 px wide. */
  width?: number;
  /** The tallest the diagram may be before it is scaled down (px). */
  maxDiagramHeight?: number;
  /** Say in the footer that the design travels inside the file (SVG and PNG). */
  embedsDesign?: boolean;
  /**
   * Most cost lines, issues and note lines drawn; a large design shows its largest line items and
   * first issues, then says how many more there are (an image of 1,000 rows helps nobody, and PNG time
   * grows with the picture). Default: everything (the PDF pages the full sheet).
   */
  limits?: SheetLimits;
}

export interface SheetLimits {
  costLines: number;
  issues: number;
  noteLines: number;
}

/** The limits of the SVG and PNG sheet. */
export const IMAGE_SHEET_LIMITS: SheetLimits = { costLines: 20, issues: 4, noteLines: 40 };
