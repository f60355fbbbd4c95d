/**
 * Size limits of the file format. They keep a hostile or corrupted file from exhausting memory or
 * freezing the window, and are far above what a real design needs. Lengths count UTF-16 code units
 * (JavaScript's `string.length`), so an emoji counts as two.
 */
export const FORMAT_LIMITS = {
  /** Characters of file text; checked before parsing. 20 MB of ASCII. */
  maxTextLength: 20 * 1024 * 1024,
  maxNodes: 20_000,
  maxEdges: 50_000,
  maxIdLength: 64,
  maxTitleLength: 200,
  maxLabelLength: 200,
  maxRegionLength: 32,
  maxNotesLength: 20_000,
  /** Frames (groups) on the canvas. */
  maxGroups: 2_000,
  /** Text and sticky notes on the canvas. */
  maxAnnotations: 5_000,
  /** Characters of one note's text. */
  maxAnnotationTextLength: 5_000,
  /** Width or height of a frame or note, in canvas pixels. */
  maxObjectSize: 100_000,
  /** Problems listed for one file; the summary still counts all of them. */
  maxProblems: 50,
} as const;
