import { analyze } from '../../../shared/analysis/analyze';
import type { CostSheet } from '../../../shared/analysis/types';
import { writeAnalysisJson } from '../../../shared/export/analysisJson';
import { costSheetCsv } from '../../../shared/export/costCsv';
import { costSheetMarkdown } from '../../../shared/export/costMarkdown';
import { formatMoney, formatNumber } from '../../../shared/util/numbers';
import { CliError, EXIT_BAD_INPUT } from '../cliError';
import { printData, printJsonChunks } from '../output';
import { readDocument } from '../readDocument';
import { printableDocument } from '../terminalText';

function costSheetText(sheet: CostSheet): string {
  const rows = sheet.lines.map((line) => [line.label, line.item, line.formula, formatMoney(line.amount)]);
  const widths = [0, 1].map((column) => Math.max(...rows.map((row) => row[column]!.length), 4));
  const body = rows.map((row) => `${row[0]!.padEnd(widths[0]!)}  ${row[1]!.padEnd(widths[1]!)}  ${row[3]!.padStart(12)}\n    ${row[2]}`);
  const footer = [`Total: ${formatMoney(sheet.total)}/month`];
  if (sheet.budgetPerMonth !== undefined) footer.push(`Budget: ${formatMoney(sheet.budgetPerMonth)}/month${sheet.total > sheet.budgetPerMonth ? ' — over budget' : ''}`);
  footer.push(`Prices: ${sheet.region}, ${sheet.priceDate}, ${formatNumber(sheet.hoursPerMonth)} h/month. ${sheet.assumptions[0]}`);
  return [...body, '', ...footer].join('\n');
}

export async function costCommand(file: string, options: { json?: boolean; csv?: boolean; md?: boolean }): Promise<void> {
  const chosen = [options.json, options.csv, options.md].filter(Boolean).length;
  if (chosen > 1) throw new CliError('Choose one of --json, --csv or --md.', EXIT_BAD_INPUT);
  const read = await readDocument(file);
  const result = analyze(options.json || options.csv ? read : printableDocument(read));
  if (options.json) printJsonChunks((indent, sink) => writeAnalysisJson(result, indent, sink));
  else if (options.csv) printData(costSheetCsv(result.cost));
  else if (options.md) printData(costSheetMarkdown(result.cost));
  else printData(costSheetText(result.cost));
}
