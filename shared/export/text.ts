/** Escaping of user text (labels, titles, notes) for every format we write. */

// eslint-free on purpose: control characters other than tab/newline never belong in an export.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/** A UTF-16 surrogate without its partner: not a character, and not allowed in XML or valid UTF-8. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Explicit bidi embeddings, overrides and isolates (LRE RLE PDF LRO RLO, LRI RLI FSI PDI). In a label they
 * can reorder the text around them ("Trojan Source"); exports drop them and let each text element's own
 * direction decide.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

function stripControlCharacters(text: string): string {
  return text.replace(CONTROL_CHARACTERS, '');
}

/**
 * User text made safe to show anywhere: no control characters (tab becomes a space), no lone surrogates
 * (U+FFFD instead), no bidi overrides, no noncharacters U+FFFE/U+FFFF. Line breaks are kept.
 */
export function displayText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, ' ')
    .replace(CONTROL_CHARACTERS, '')
    .replace(LONE_SURROGATE, '\uFFFD')
    .replace(BIDI_CONTROLS, '')
    .replace(/[\uFFFE\uFFFF]/g, '');
}

/** XML text and attribute values (SVG). The result only holds characters XML 1.0 allows. */
export function escapeXml(text: string): string {
  return displayText(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Line breaks of every kind a CSV or Markdown reader might honour. */
const ANY_LINE_BREAK = /\r\n|[\r\n\u2028\u2029\u0085]/g;

/** A spreadsheet reads a cell as a formula when it starts (after blanks) with one of these. */
const FORMULA_START = /^[\s\u00A0]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r]/;

/** A CSV field: quoted when needed, and neutralised when a spreadsheet would read it as a formula. */
export function csvField(value: string | number): string {
  if (typeof value === 'number') return String(value);
  let text = displayText(value).replace(ANY_LINE_BREAK, ' ');
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A Markdown table cell: one line, pipes and HTML neutralised. */
export function markdownCell(text: string): string {
  return displayText(text)
    .replace(ANY_LINE_BREAK, ' ')
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** Inline Markdown syntax a label or note should never trigger: emphasis, code, links, HTML, strikethrough. */
function escapeMarkdownInline(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([`*_[\]|~])/g, '\\$1');
}

/**
 * Markdown prose (notes, messages) that reads as the literal text: inline syntax escaped, and every line
 * kept from starting a block (heading, quote, list, fence, setext underline, indented code). Line breaks
 * are kept as hard breaks.
 */
export function markdownText(text: string): string {
  const lines = displayText(text)
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
    .split('\n')
    .map((line) => escapeMarkdownInline(line.trim()).replace(/^([#>+=-])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2'));
  // Blank lines separate paragraphs; lines inside a paragraph end with a hard break (a trailing backslash).
  const paragraphs: string[][] = [[]];
  for (const line of lines) {
    if (line === '') {
      if (paragraphs.at(-1)!.length > 0) paragraphs.push([]);
    } else paragraphs.at(-1)!.push(line);
  }
  return paragraphs
    .filter((paragraph) => paragraph.length > 0)
    .map((paragraph) => paragraph.join('\\\n'))
    .join('\n\n');
}

/** A single-line Markdown phrase (a title, a label in a sentence): like markdownText, on one line. */
export function markdownInline(text: string): string {
  return markdownText(displayText(text).replace(ANY_LINE_BREAK, ' '));
}
