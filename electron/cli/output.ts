import { escapeJsonForTerminal, hasTerminalEscapeBytes, terminalText } from './terminalText';

/** Data goes to stdout, messages to stderr; neither can carry terminal control sequences. */
export function printData(text: string): void {
  const safe = terminalText(text);
  process.stdout.write(safe.endsWith('\n') ? safe : `${safe}\n`);
}

/**
 * JSON.stringify leaves no raw C0 control (it escapes them all) and escapeJsonForTerminal escapes the
 * rest, so the text needs no terminalText pass; it is written as is, then its final line feed, without
 * copying megabytes into one string.
 */
export function printJson(value: unknown): void {
  process.stdout.write(escapeJsonForTerminal(JSON.stringify(value, null, jsonIndent())));
  process.stdout.write('\n');
}

/** Indented for a person at a terminal; compact when piped to a program (a third less to build and write). */
function jsonIndent(): number | undefined {
  return process.stdout.isTTY ? 2 : undefined;
}

/**
 * The same for large outputs that `write` produces in chunks (see shared/util/jsonText.ts): each chunk is
 * escaped and written as it comes. The escapes replace single characters, so chunk by chunk equals whole.
 */
export function printJsonChunks(write: (indent: number | undefined, sink: (chunk: string) => void) => void): void {
  write(jsonIndent(), (chunk) => {
    // Nearly every chunk has nothing to escape: encoded once and checked as bytes; re-encoded escaped when not.
    const bytes = utf8Bytes(chunk);
    process.stdout.write(hasTerminalEscapeBytes(bytes) ? utf8Bytes(escapeJsonForTerminal(chunk)) : bytes);
  });
  process.stdout.write('\n');
}

const encoder = new TextEncoder();

/**
 * A chunk's UTF-8 bytes. Writing the string would measure its UTF-8 length first and then encode it; encoding
 * into room for the longest it can be (3 bytes per UTF-16 unit) takes one pass, about half the work. Each
 * chunk gets its own buffer, as a write to a pipe may still hold the previous one.
 */
function utf8Bytes(text: string): Uint8Array {
  const bytes = Buffer.allocUnsafe(text.length * 3);
  return bytes.subarray(0, encoder.encodeInto(text, bytes).written);
}

export function printError(text: string): void {
  const safe = terminalText(text);
  process.stderr.write(safe.endsWith('\n') ? safe : `${safe}\n`);
}
