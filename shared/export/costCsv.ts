import type { CostSheet } from '../analysis/types';
import { roundCents } from '../util/numbers';
import { csvField } from './text';

export const COST_CSV_HEADER = ['node', 'label', 'service', 'item', 'quantity', 'unit', 'unit_price_usd', 'formula', 'amount_usd'] as const;

/** The cost sheet as CSV: one row per line item, then a totals row. */
export function costSheetCsv(sheet: CostSheet): string {
  const rows: string[] = [COST_CSV_HEADER.join(',')];
  for (const line of sheet.lines) {
    rows.push(
      [
        csvField(line.node),
        csvField(line.label),
        csvField(line.service),
        csvField(line.item),
        csvField(Number(line.quantity.toFixed(6))),
        csvField(line.unit),
        // toPrecision drops floating-point dust from Spot prices (3.825 × 0.3 = 1.1475000000000002).
        csvField(Number(line.unitPrice.toPrecision(12))),
        csvField(line.formula),
        csvField(roundCents(line.amount).toFixed(2)),
      ].join(','),
    );
  }
  rows.push(['', 'Total', '', '', '', '', '', csvField(`${sheet.lines.length} line items`), roundCents(sheet.total).toFixed(2)].join(','));
  return `${rows.join('\r\n')}\r\n`;
}
