import type fc from 'fast-check';

/** What one fuzzed call came to: accepted, or refused with a clean answer (a result saying why). */
export type Outcome = 'accepted' | 'refused';

/**
 * One thing the fuzzer feeds: `run` answers how the input was taken, and throws only on a violation
 * (the code under test threw, rejected, or answered something malformed).
 */
export interface FuzzTarget<T> {
  name: string;
  arbitrary: fc.Arbitrary<T>;
  /** Inputs in the default run. */
  runs: number;
  run(input: T): Promise<Outcome>;
}

export class Violation extends Error {
  override readonly name = 'Violation';
}

/** A short, printable form of an input for the report. */
export function describeInput(input: unknown): string {
  try {
    const text = typeof input === 'string' ? input : JSON.stringify(input, (_key, value: unknown) => (value instanceof Uint8Array ? `<${value.byteLength} bytes>` : value));
    const shown = text ?? String(input);
    return shown.length > 120 ? `${shown.slice(0, 120)}… (${shown.length} chars)` : shown;
  } catch {
    return '(an input that cannot be printed)';
  }
}
