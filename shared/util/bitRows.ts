/**
 * Rows of bit sets packed into one `Uint32Array`: row `r` occupies words `r × words … r × words + words − 1`,
 * and bit `b` lives in word `b >>> 5` at position `b & 31`. No width ceiling: `words` grows with the bits.
 */
export interface BitRows {
  readonly bits: Uint32Array;
  /** 32-bit words per row. */
  readonly words: number;
}

/** How many 32-bit words hold `bitCount` bits (at least one, so every row has storage). */
export function wordsFor(bitCount: number): number {
  return Math.max(1, Math.ceil(bitCount / 32));
}

export function bitRows(rows: number, bitCount: number): BitRows {
  const words = wordsFor(bitCount);
  return { bits: new Uint32Array(rows * words), words };
}

export function setBit(set: BitRows, row: number, bit: number): void {
  set.bits[row * set.words + (bit >>> 5)]! |= 1 << (bit & 31);
}

export function hasBit(set: BitRows, row: number, bit: number): boolean {
  return (set.bits[row * set.words + (bit >>> 5)]! & (1 << (bit & 31))) !== 0;
}

/** Adds every bit of row `from` to row `into`. */
export function orRow(set: BitRows, into: number, from: number): void {
  const { bits, words } = set;
  const target = into * words;
  const source = from * words;
  for (let w = 0; w < words; w++) bits[target + w]! |= bits[source + w]!;
}
