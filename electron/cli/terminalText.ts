import type { PipelineDocument } from '../../shared/model/document';

/**
 * Text from a design (titles, labels, ids, and the messages built from them) must not steer the
 * terminal: an `ESC[8m` in a label would hide the lines after it, a carriage return or a line break
 * would print a line the CLI never wrote ("No issues…"). These helpers make such text inert.
 */

/** C0 (but tab and line feed), DEL, C1, and the bidirectional overrides and isolates. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
/** Everything that breaks or moves a line, for text that has to stay on one line. */
const LINE_MOVES = /[\n\t\u2028\u2029]+/g;

/** The same without carriage return, which is kept where it ends a line (CSV rows end in CR LF). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS_BUT_CR = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]|\r(?!\n)/g;

/** For whole outputs: strips control characters, keeping tab, line feed and CR LF. */
export function terminalText(text: string): string {
  return text.replace(CONTROLS_BUT_CR, '');
}

/** For one user-derived value inside a line: no control characters, and line breaks become spaces. */
export function oneLine(text: string): string {
  return text.replace(LINE_MOVES, ' ').replace(CONTROLS, '');
}

/** JSON output keeps every value but writes C1 and bidi controls and line separators as `\u` escapes. */
const JSON_TERMINAL_ESCAPES = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

export function escapeJsonForTerminal(json: string): string {
  // Nearly every output has none: one scan that stops at the first, instead of a replace that copies.
  if (!JSON_TERMINAL_ESCAPES.test(json)) return json;
  return json.replace(new RegExp(JSON_TERMINAL_ESCAPES.source, 'g'), (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * Whether UTF-8 bytes hold a character escapeJsonForTerminal escapes: DEL (7F), a C1 control (C2 80–9F),
 * or U+2028–202E (E2 80 A8–AE) or U+2066–2069 (E2 81 A6–A9). The output is checked once encoded, with
 * native byte searches for the lead bytes, instead of by a regular expression over the string.
 */
export function hasTerminalEscapeBytes(bytes: Uint8Array): boolean {
  if (bytes.indexOf(0x7f) >= 0) return true;
  for (let at = bytes.indexOf(0xc2); at >= 0; at = bytes.indexOf(0xc2, at + 1)) {
    const next = bytes[at + 1]!;
    if (next >= 0x80 && next <= 0x9f) return true;
  }
  for (let at = bytes.indexOf(0xe2); at >= 0; at = bytes.indexOf(0xe2, at + 1)) {
    const second = bytes[at + 1];
    const third = bytes[at + 2]!;
    if (second === 0x80 && third >= 0xa8 && third <= 0xae) return true;
    if (second === 0x81 && third >= 0xa6 && third <= 0xa9) return true;
  }
  return false;
}

/** The design with its title and labels on one line each and free of controls, for text output. */
export function printableDocument(document: PipelineDocument): PipelineDocument {
  return {
    ...document,
    title: oneLine(document.title),
    nodes: document.nodes.map((node) => ({ ...node, label: oneLine(node.label) })),
  };
}
