import { DOCUMENT_MAX_BYTES } from '../../ipc/limits';

/**
 * Every limit on the XML Pipeboard reads (exported SVGs dropped or opened, icon SVGs): one place to
 * see and change them. The readers in xml.ts and readSvg.ts enforce each one and refuse with an
 * XmlError. They follow what Pipeboard itself writes, with headroom: the study sheet of a design at the
 * format's limit (20,000 nodes) is a 36 MB SVG of about 282,000 elements (measured with
 * `pipeboard export --format svg` on a synthetic 20,000-node design), nesting about ten deep.
 */
export const XML_LIMITS = {
  /** Elements nested deeper than this are refused. */
  maxDepth: 512,
  /** Elements in one document; reading stops at the first one past it. */
  maxElements: 600_000,
  /** Characters of the embedded design's base64 text: a design file at its 20 MB limit, as base64, plus line breaks. */
  maxDesignTextChars: Math.ceil((DOCUMENT_MAX_BYTES * 4) / 3) + 1024 * 1024,
} as const;
