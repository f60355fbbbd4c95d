/** Escaping of user text (labels, titles, notes) for every format we write. */

// eslint-free on purpose: control characters other than tab/newline never belong in an export.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

export function stripControlCharacters(text: string): string {
  return text.replace(CONTROL_CHARACTERS, '');
}

/** XML text and attribute values (SVG). */
export function escapeXml(text: string): string {
  return stripControlCharacters(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** A CSV field: quoted when needed, and neutralised when a spreadsheet would read it as a formula. */
export function csvField(value: string | number): string {
  if (typeof value === 'number') return String(value);
  let text = stripControlCharacters(value).replace(/\r?\n/g, ' ');
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A Markdown table cell: one line, pipes and HTML neutralised. */
export function markdownCell(text: string): string {
  return stripControlCharacters(text)
    .replace(/\r?\n/g, ' ')
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** Markdown prose (notes, messages): HTML neutralised, line breaks kept. */
export function markdownText(text: string): string {
  return stripControlCharacters(text).replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
