import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../analysis/analyze';
import { documentArbitrary } from '../format/documentArbitrary.testutil';
import { design } from '../model/builder';
import { EXAMPLES } from '../scenarios/index';
import { roundCents } from '../util/numbers';
import { COST_CSV_HEADER, costSheetCsv } from './costCsv';
import { csvField } from './text';

/** A strict RFC 4180 reader: quoted fields, doubled quotes, CRLF rows. Throws on anything else. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let k = 0;
  while (k < text.length) {
    let field = '';
    if (text[k] === '"') {
      k++;
      for (;;) {
        if (k >= text.length) throw new Error('unterminated quoted field');
        if (text[k] === '"') {
          if (text[k + 1] === '"') {
            field += '"';
            k += 2;
            continue;
          }
          k++;
          break;
        }
        field += text[k++];
      }
    } else {
      while (k < text.length && text[k] !== ',' && text[k] !== '\r' && text[k] !== '\n') {
        if (text[k] === '"') throw new Error('quote inside an unquoted field');
        field += text[k++];
      }
    }
    row.push(field);
    if (text[k] === ',') k++;
    else if (text.startsWith('\r\n', k)) {
      rows.push(row);
      row = [];
      k += 2;
    } else if (k < text.length) throw new Error(`unexpected ${JSON.stringify(text[k])} at ${k}`);
  }
  if (row.length > 0) rows.push(row);
  return rows;
}

const FORMULA_START = /^[\s\u00A0]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r]/;

describe('cost sheet CSV', () => {
  it('parses back to the same numbers: one row per line item and a totals row', () => {
    for (const entry of EXAMPLES) {
      const sheet = analyze(entry.document).cost;
      const rows = parseCsv(costSheetCsv(sheet));
      expect(rows[0]).toEqual([...COST_CSV_HEADER]);
      expect(rows).toHaveLength(sheet.lines.length + 2);
      sheet.lines.forEach((line, index) => {
        const row = rows[index + 1]!;
        expect(row[0]).toBe(line.node);
        expect(row[7]).toBe(line.formula);
        expect(Number(row[4])).toBeCloseTo(line.quantity, 6);
        expect(Number(row[6])).toBeCloseTo(line.unitPrice, 10);
        expect(row[6]!.length).toBeLessThanOrEqual(14);
        expect(Number(row[8])).toBe(roundCents(line.amount));
      });
      expect(Number(rows.at(-1)![8])).toBe(roundCents(sheet.total));
    }
  });

  it('neutralises cells a spreadsheet would run as a formula', () => {
    for (const value of ['=1+1', '+SUM(A1)', '-2+3', '@cmd', '\t=x', ' =HYPERLINK("x")', '＝1+1']) {
      const field = parseCsv(csvField(value))[0]![0]!;
      expect(field.startsWith("'")).toBe(true);
    }
    const document = design({ title: 'x', nodes: [{ id: 'src', service: 'source', label: '=cmd|" /C calc"!A0', params: { eventsPerSecond: 10, bytesPerEvent: 10 } }, { id: 'fh', service: 'firehose', label: '=HYPERLINK("http://evil")' }], flows: ['src>fh'] });
    const rows = parseCsv(costSheetCsv(analyze(document).cost));
    expect(rows[1]![1]).toBe(`'=HYPERLINK("http://evil")`);
  });

  it('stays parseable, one row per line, with no formula left, for hostile labels', () => {
    fc.assert(
      fc.property(documentArbitrary({ maxNodes: 10 }), (document) => {
        const sheet = analyze(document).cost;
        const rows = parseCsv(costSheetCsv(sheet));
        expect(rows).toHaveLength(sheet.lines.length + 2);
        for (const row of rows) {
          expect(row).toHaveLength(COST_CSV_HEADER.length);
          for (const cell of row) if (Number.isNaN(Number(cell)) || cell.trim() === '') expect(FORMULA_START.test(cell)).toBe(false);
        }
        sheet.lines.forEach((line, index) => expect(Number(rows[index + 1]![8])).toBe(roundCents(line.amount)));
      }),
      { numRuns: 120 },
    );
  });
});
