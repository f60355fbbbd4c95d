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
  /** How the quantity was reached ("8 shards × 730 h"), shown before the price; built only when read. */
  derivation?: () => string;
  /** Multiplies the list price (Spot discount); described in `priceNote`. */
  priceFactor?: number;
  priceNote?: string;
}

/**
 * A priced line whose formula text is built on first read: a large design has tens of thousands of
 * lines and most are never displayed, and eager strings were most of analyze()'s time and memory.
 */
class PricedLine implements CostLine {
  #formula: string | undefined;
  // Private fields, so the closures behind the formula are not part of the line's data.
  readonly #spec: LineSpec;
  readonly #listPrice: number;

  constructor(
    readonly node: string,
    readonly label: string,
    readonly service: string,
    readonly item: string,
    readonly quantity: number,
    readonly unit: string,
    readonly unitPrice: number,
    readonly priceKey: PriceKey,
    readonly amount: number,
    readonly approximate: boolean,
    readonly overridden: boolean,
    spec: LineSpec,
    listPrice: number,
  ) {
    this.#spec = spec;
    this.#listPrice = listPrice;
  }

  get formula(): string {
    return (this.#formula ??= describeLine(this, this.#spec, this.#listPrice));
  }

  /** Plain data with the formula filled in, for JSON. (Copy lines with toJSON(), not structuredClone or spread.) */
  toJSON(): CostLine {
    const { node, label, service, item, quantity, unit, unitPrice, priceKey, amount, approximate, overridden, formula } = this;
    return { node, label, service, item, quantity, unit, unitPrice, priceKey, formula, amount, approximate, overridden };
  }
}

function describeLine(line: CostLine, spec: LineSpec, listPrice: number): string {
  const { unit } = line;
  const approx = line.approximate ? '≈' : '';
  const quantityText = spec.derivation ? spec.derivation() : `${formatNumber(spec.quantity)} ${unit}`;
  const factor = spec.priceFactor === undefined ? '' : ` × ${formatNumber(spec.priceFactor)}${spec.priceNote ? ` (${spec.priceNote})` : ''}`;
  return `${quantityText} × ${approx}${formatUnitPrice(listPrice)}/${unit}${factor}`;
}

/** One cost line: quantity × unit price, with the formula text a learner can check by hand. */
export function costLine(ctx: AnalysisContext, node: number, spec: LineSpec): CostLine {
  const target = ctx.nodes[node]!;
  const entry = priceTable[spec.priceKey];
  const listPrice = ctx.price(spec.priceKey);
  const unitPrice = listPrice * (spec.priceFactor ?? 1);
  const overridden = ctx.isOverridden(spec.priceKey);
  return new PricedLine(
    target.id,
    target.label,
    target.service,
    spec.item,
    spec.quantity,
    entry.unit,
    unitPrice,
    spec.priceKey,
    spec.quantity * unitPrice,
    entry.approximate && !overridden,
    overridden,
    spec,
    listPrice,
  );
}

/** "730 h" — the month as the formulas write it. */
export function hoursText(ctx: AnalysisContext): string {
  return `${formatNumber(ctx.hoursPerMonth)} h`;
}

/** Seconds in the configured month. */
export function secondsPerMonth(ctx: AnalysisContext): number {
  return ctx.hoursPerMonth * 3600;
}
