import type { AnalysisContext } from '../analysis/context';
import type { CostLine } from '../analysis/types';
import { formatNumber, formatUnitPrice } from '../util/numbers';
import type { PriceKey } from './priceKeys';
import { priceTable } from './priceTable';

export interface LineSpec {
  item: string;
  /** Billed quantity for the month, in the price's unit. */
  quantity: number;
  priceKey: PriceKey;
  /** How the quantity was reached ("8 shards × 730 h"); shown before the price. */
  derivation?: string;
  /** Multiplies the list price (Spot discount); described in `priceNote`. */
  priceFactor?: number;
  priceNote?: string;
}

/** One cost line: quantity × unit price, with the formula text a learner can check by hand. */
export function costLine(ctx: AnalysisContext, node: number, spec: LineSpec): CostLine {
  const target = ctx.nodes[node]!;
  const entry = priceTable[spec.priceKey];
  const listPrice = ctx.price(spec.priceKey);
  const unitPrice = listPrice * (spec.priceFactor ?? 1);
  const approx = entry.approximate && !ctx.isOverridden(spec.priceKey) ? '≈' : '';
  const quantityText = spec.derivation ?? `${formatNumber(spec.quantity)} ${entry.unit}`;
  const priceText = spec.priceFactor === undefined
    ? `${approx}${formatUnitPrice(listPrice)}/${entry.unit}`
    : `${approx}${formatUnitPrice(listPrice)}/${entry.unit} × ${formatNumber(spec.priceFactor)}${spec.priceNote ? ` (${spec.priceNote})` : ''}`;
  return {
    node: target.id,
    label: target.label,
    service: target.service,
    item: spec.item,
    quantity: spec.quantity,
    unit: entry.unit,
    unitPrice,
    priceKey: spec.priceKey,
    formula: `${quantityText} × ${priceText}`,
    amount: spec.quantity * unitPrice,
    approximate: entry.approximate && !ctx.isOverridden(spec.priceKey),
    overridden: ctx.isOverridden(spec.priceKey),
  };
}

/** "730 h" — the month as the formulas write it. */
export function hoursText(ctx: AnalysisContext): string {
  return `${formatNumber(ctx.hoursPerMonth)} h`;
}

/** Seconds in the configured month. */
export function secondsPerMonth(ctx: AnalysisContext): number {
  return ctx.hoursPerMonth * 3600;
}
