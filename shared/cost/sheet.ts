import type { AnalysisContext } from '../analysis/context';
import type { CostLine, CostSheet } from '../analysis/types';
import { costFormulas } from './formulas/index';
import { lazyProperty } from '../util/lazyProperty';
import { PRICE_DATE } from './priceTable';

const COST_ASSUMPTIONS: readonly string[] = [
  'Data transfer between services in one region is not priced.',
  'Prices are us-east-1 on-demand list prices; ≈ marks prices confirmed only against secondary sources.',
  'When a source gives only GB/hour, record counts assume 5 KB (5,120-byte) records.',
  'Data is billed in AWS’s binary units, as its pricing examples count them: 1 KB = 1,024 bytes, 1 GB = 1,048,576 KB. A rate given in GB/hour is taken as given; MB/s figures and shard limits use 1 MB = 1,000,000 bytes.',
  'Spot training is priced as On-Demand × (1 − Spot discount).',
];

/** Prices every node and fills `ctx.nodeCost`, so rules can quote costs. */
export function buildCostSheet(ctx: AnalysisContext): CostSheet {
  const lines: CostLine[] = [];
  let total = 0;
  for (let i = 0; i < ctx.nodes.length; i++) {
    const node = ctx.nodes[i]!;
    const nodeLines = costFormulas[node.service](ctx, i);
    let nodeTotal = 0;
    for (const line of nodeLines) {
      nodeTotal += line.amount;
      lines.push(line);
    }
    ctx.nodeCost[i] = nodeTotal;
    total += nodeTotal;
  }
  const sheet: CostSheet = {
    total,
    lines,
    byNode: {},
    region: ctx.document.settings.region,
    priceDate: PRICE_DATE,
    hoursPerMonth: ctx.hoursPerMonth,
    assumptions: [...COST_ASSUMPTIONS],
  };
  // A record of 10,000 keys costs more than the lines' arithmetic: built when a panel or a diff reads it.
  lazyProperty(sheet, 'byNode', () => {
    const byNode: Record<string, number> = {};
    for (let i = 0; i < ctx.nodes.length; i++) byNode[ctx.nodes[i]!.id] = ctx.nodeCost[i]!;
    return byNode;
  });
  if (ctx.document.needs.budgetPerMonth !== undefined) sheet.budgetPerMonth = ctx.document.needs.budgetPerMonth;
  return sheet;
}
