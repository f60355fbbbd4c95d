import { expect } from 'vitest';
import type { PipelineDocument } from '../../model/document';
import { cents, costLineOf } from '../../rules/fixtures.testutil';

export interface ExpectedLine {
  quantity: number;
  unitPrice: number;
  /** In dollars, compared to the cent. */
  amount: number;
  formula: string;
  approximate?: boolean;
}

/** Checks one cost line: quantity, unit price, amount to the cent, formula text and ≈ flag. */
export function expectLine(document: PipelineDocument, node: string, item: string, expected: ExpectedLine): void {
  const line = costLineOf(document, node, item);
  expect(line.quantity, `${item} quantity`).toBeCloseTo(expected.quantity, 6);
  expect(line.unitPrice, `${item} unit price`).toBeCloseTo(expected.unitPrice, 12);
  expect(cents(line.amount), `${item} amount`).toBe(expected.amount);
  expect(line.amount, `${item} amount = quantity × unit price`).toBeCloseTo(line.quantity * line.unitPrice, 9);
  expect(line.formula, `${item} formula`).toBe(expected.formula);
  expect(line.approximate, `${item} approximate`).toBe(expected.approximate ?? false);
  expect(line.overridden, `${item} overridden`).toBe(false);
}
