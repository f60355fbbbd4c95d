/**
 * The study sheet's type scale: font sizes and line heights in px at 1x, named by what they set. The
 * layout places every text item with these, so the SVG, PNG and PDF sheets share them.
 */

export const FONT_SIZE = {
  /** The design's title. */
  title: 28,
  /** A section heading ("Cost sheet", "Issues and why"). */
  heading: 18,
  /** The monthly cost in its figure tile, and the other tiles' figures. */
  costFigure: 20,
  figure: 15,
  /** The monthly total. */
  total: 16,
  /** A line that stands for a whole section: the total's label, "No issues", an empty diagram. */
  large: 14,
  /** Issue messages and the design's notes. */
  lead: 13.5,
  /** Node labels on cards, the summary beside a heading. */
  label: 13,
  /** Table rows, the why and fix of an issue, need chips, the budget line. */
  body: 12.5,
  /** The price footer and its assumptions; a card's one-character issue badge. */
  footnote: 12,
  /** A card's headline figure, an issue's rule id and nodes, the cost table's note. */
  small: 11.5,
  /** The sheet's kicker, a card's service line, "Made with Pipeboard". */
  caption: 11,
  /** Upper-case labels: figure tiles and table column headers. */
  caps: 10.5,
  /** Severity pills, a card's two-digit issue badge, the PDF's page footer. */
  tiny: 10,
  /** Labels on edges. */
  edge: 9.5,
} as const;

export const LINE_HEIGHT = {
  title: 35,
  lead: 19,
  body: 18,
  /** A wrapped cell of the cost table. */
  tableRow: 17,
  footnote: 17,
  small: 16,
} as const;
