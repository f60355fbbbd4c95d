import type { CostSheet } from '../analysis/types';
import { formatMoney } from '../util/numbers';
import { markdownCell, markdownInline } from './text';

/** The cost sheet as a Markdown table with its total, budget and assumptions. */
export function costSheetMarkdown(sheet: CostSheet): string {
  const lines = ['| Node | Item | Formula | Monthly |', '| --- | --- | --- | ---: |'];
  for (const line of sheet.lines) {
    lines.push(`| ${markdownCell(line.label)} | ${markdownCell(line.item)} | ${markdownCell(line.formula)} | ${formatMoney(line.amount)} |`);
  }
  lines.push(`| **Total** | | | **${formatMoney(sheet.total)}** |`);
  const after: string[] = [];
  if (sheet.budgetPerMonth !== undefined) {
    const verdict = sheet.total > sheet.budgetPerMonth ? 'over budget' : 'within budget';
    after.push(`Budget: ${formatMoney(sheet.budgetPerMonth)}/month (${verdict}).`);
  }
  after.push(`Prices: ${markdownInline(sheet.region)}, list prices of ${sheet.priceDate}, ${sheet.hoursPerMonth} h/month. ${sheet.assumptions.map(markdownInline).join(' ')}`);
  return `${lines.join('\n')}\n\n${after.join('\n\n')}\n`;
}
