import { describe, expect, it } from 'vitest';
import { bitRows, hasBit, orRow, setBit, wordsFor } from './bitRows';

describe('bitRows', () => {
  it('sizes rows in 32-bit words, with no 31-bit ceiling', () => {
    expect([wordsFor(0), wordsFor(1), wordsFor(32), wordsFor(33), wordsFor(64), wordsFor(65)]).toEqual([1, 1, 1, 2, 2, 3]);
    expect(bitRows(3, 70).bits.length).toBe(9);
  });

  it('sets and reads bits at 0, 31, 32, 40 and 63 without touching their neighbours or other rows', () => {
    const set = bitRows(2, 64);
    for (const bit of [0, 31, 32, 40, 63]) setBit(set, 1, bit);
    for (let bit = 0; bit < 64; bit++) {
      expect(hasBit(set, 1, bit)).toBe([0, 31, 32, 40, 63].includes(bit));
      expect(hasBit(set, 0, bit)).toBe(false);
    }
  });

  it('carries high bits from one row into another', () => {
    const set = bitRows(3, 100);
    setBit(set, 0, 40);
    setBit(set, 0, 99);
    setBit(set, 1, 5);
    orRow(set, 1, 0);
    orRow(set, 2, 1);
    expect([hasBit(set, 2, 5), hasBit(set, 2, 40), hasBit(set, 2, 99), hasBit(set, 2, 41)]).toEqual([true, true, true, false]);
    expect(hasBit(set, 0, 5)).toBe(false);
  });
});
