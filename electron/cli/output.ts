import { escapeJsonForTerminal, terminalText } from './terminalText';

/** Data goes to stdout, messages to stderr; neither can carry terminal control sequences. */
export function printData(text: string): void {
  const safe = terminalText(text);
  process.stdout.write(safe.endsWith('\n') ? safe : `${safe}\n`);
}

export function printJson(value: unknown): void {
  printData(escapeJsonForTerminal(JSON.stringify(value, null, 2)));
}

export function printError(text: string): void {
  const safe = terminalText(text);
  process.stderr.write(safe.endsWith('\n') ? safe : `${safe}\n`);
}
