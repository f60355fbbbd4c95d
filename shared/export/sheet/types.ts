import type { FontWeight } from './measure';

/**
 * The study sheet as a display list: what the SVG writer and the PDF writer both draw. Coordinates are
 * CSS px at 1x, y down; text y is the baseline.
 */

interface RectItem {
  kind: 'rect';
  x: number;
  y: number;
  w: number;
  h: number;
  r?: number;
  fill?: string;
  stroke?: string;
  strokeWidth?: number;
}

/** Any SVG path data (edges, arrowheads, card accents). */
interface PathItem {
  kind: 'path';
  d: string;
  fill?: string;
  stroke?: string;
  strokeWidth?: number;
  dash?: readonly number[];
}

interface CircleItem {
  kind: 'circle';
  cx: number;
  cy: number;
  r: number;
  fill: string;
  stroke?: string;
  strokeWidth?: number;
}

export interface TextItem {
  kind: 'text';
  /** Start, middle or end of the line, per `anchor`, as if the text ran left to right. */
  x: number;
  y: number;
  text: string;
  size: number;
  weight: FontWeight;
  fill: string;
  anchor: 'start' | 'middle' | 'end';
  /** Measured advance width of `text`, px. */
  width: number;
  /** The first strong character is right-to-left (Hebrew, Arabic…). */
  rtl: boolean;
}

/** An icon from the catalog (an aws-icons file name or a neutral icon), drawn in a size×size square. */
interface IconItem {
  kind: 'icon';
  icon: string;
  x: number;
  y: number;
  size: number;
}

export interface GroupItem {
  kind: 'group';
  /** What the group is, for readers of the SVG: node, edge, cost-line, issue… */
  role: string;
  /** Extra data attributes (data-node-id…), written as-is after escaping. */
  data?: Readonly<Record<string, string>>;
  /** A tooltip and accessible name: the full text when something was shortened. */
  title?: string;
  items: SheetItem[];
}

export type SheetItem = RectItem | PathItem | CircleItem | TextItem | IconItem | GroupItem;

/**
 * A horizontal slice of the sheet. The SVG stacks bands; the PDF fills pages with them, breaking only
 * between bands and repeating `header` (a table's column titles) after a page break.
 */
export interface Band {
  kind: 'header' | 'diagram' | 'heading' | 'table-header' | 'row' | 'block' | 'footer';
  height: number;
  items: SheetItem[];
  /** The diagram: its items in their own coordinates, drawn from `x` scaled by `scale` (`height` is already scaled). */
  diagram?: { x: number; items: SheetItem[] };
  scale?: number;
  /** The diagram's unscaled width. */
  naturalWidth?: number;
  /** Keep on the same page as the next band (a heading with its first row). */
  keepWithNext?: boolean;
  /** Repeated at the top of a page when this band starts one. */
  header?: Band;
}

export interface Sheet {
  width: number;
  height: number;
  /** The page colour; bands are laid out from x = 0 to `width`, margins included. */
  background: string;
  bands: Band[];
  /** Accessible title and one-line summary. */
  title: string;
  summary: string;
  /** Every catalog icon the sheet uses, in first-use order. */
  icons: string[];
}
