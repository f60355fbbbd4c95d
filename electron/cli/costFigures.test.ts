import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { pipeboard } from './runCli.testutil';
import { analyze } from '../../shared/analysis/analyze';
import { costSheetCsv } from '../../shared/export/costCsv';
import { exportMarkdown } from '../../shared/export/markdown';
import { layoutSheet } from '../../shared/export/sheet/layout';
import type { SheetItem } from '../../shared/export/sheet/types';
import { serializeDocument } from '../../shared/format';
import { design } from '../../shared/model/builder';
import { formatMoney, formatNumber } from '../../shared/util/numbers';
import { CostGroup, groupLines } from '../../renderer/panels/CostGroup';

/** A DynamoDB table storing 1,459.9 GB: a quantity over 100 with a significant decimal. */
const sheetDesign = design({ title: 'Figures', nodes: [{ id: 'db', service: 'dynamodb', params: { storedGb: 1459.9 } }], flows: [] });
const analysis = analyze(sheetDesign);
const storage = analysis.cost.lines.find((line) => line.item === 'Storage')!;

function textsOf(item: SheetItem): string[] {
  if (item.kind === 'text') return [item.text];
  return item.kind === 'group' ? [...(item.title === undefined ? [] : [item.title]), ...item.items.flatMap(textsOf)] : [];
}

function decodeEntities(html: string): string {
  return html.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}

describe('one number format for the cost panel, the sheet, CSV, Markdown and the CLI', () => {
  it('money is to the cent, quantities keep their significant decimals', () => {
    expect(formatMoney(1459.9)).toBe('$1,459.90');
    expect(formatNumber(1459.9)).toBe('1,459.9');
    expect(formatNumber(0.5)).toBe('0.5');
    expect(formatNumber(21024)).toBe('21,024');
  });

  it('shows 1,459.9 GB the same way on every surface', async () => {
    expect(storage.quantity).toBe(1459.9);
    const [group] = groupLines(analysis.cost.lines);
    const panel = decodeEntities(renderToStaticMarkup(createElement(CostGroup, { group: group!, amount: analysis.cost.total, onHighlight: () => {} })));
    const sheet = layoutSheet(sheetDesign, analysis, { theme: 'light', include: { cost: true, issues: true, notes: true } })
      .bands.flatMap((band) => band.items.flatMap(textsOf))
      .join('\n');
    const csv = costSheetCsv(analysis.cost);
    const markdown = exportMarkdown(sheetDesign, analysis, { include: { cost: true, issues: true, notes: true }, svgFileName: 'figures.svg' });
    const file = join(tmpdir(), `pipeboard-figures-${process.pid}.pipeboard.json`);
    await writeFile(file, serializeDocument(sheetDesign));
    const cli = await pipeboard('cost', file);
    expect(cli.code).toBe(0);

    expect(panel).toContain('title="1,459.9 GB-month × $0.25"');
    for (const surface of [panel, sheet, markdown, cli.stdout]) {
      expect(surface).toContain('1,459.9 GB');
      expect(surface).not.toContain('1,460');
      expect(surface).toContain(formatMoney(storage.amount));
    }
    expect(csv).toContain(',1459.9,GB-month,');
  });
});
