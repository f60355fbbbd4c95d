import { escapeJsonForTerminal, terminalText } from './terminalText';

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
  // Indented for a person at a terminal; compact when piped to a program (a third less to build and write).
  const indent = process.stdout.isTTY ? 2 : undefined;
  process.stdout.write(escapeJsonForTerminal(JSON.stringify(value, null, indent)));
  process.stdout.write('\n');
}

export function printError(text: string): void {
  const safe = terminalText(text);
  process.stderr.write(safe.endsWith('\n') ? safe : `${safe}\n`);
}
