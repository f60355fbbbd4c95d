import type { AnalysisResult, DerivedNode } from '../analysis/types';
import { roundCents } from '../util/numbers';

/**
 * The stable JSON contract of `pipeboard check|cost --json`. Amounts are USD rounded to cents;
 * the total is the rounded sum of the unrounded amounts.
 */
export interface AnalysisJson {
  issues: Array<{ rule: string; severity: string; nodes: string[]; edges: string[]; message: string; why: string; fix?: string }>;
  cost: {
    total: number;
    budgetPerMonth?: number;
    region: string;
    priceDate: string;
    hoursPerMonth: number;
    lines: Array<{ node: string; label: string; service: string; item: string; quantity: number; unit: string; unitPrice: number; amount: number; formula: string; approximate: boolean }>;
  };
  derived: { nodes: Record<string, DerivedNode> };
  operations: { score: number; levels: Record<string, number> };
}

export function toAnalysisJson(result: AnalysisResult): AnalysisJson {
  const { cost } = result;
  const json: AnalysisJson = {
    issues: result.issues.map((issue) => ({
      rule: issue.rule,
      severity: issue.severity,
      nodes: issue.nodes,
      edges: issue.edges,
      message: issue.message,
      why: issue.why,
      ...(issue.fix ? { fix: issue.fix.label } : {}),
    })),
    cost: {
      total: roundCents(cost.total),
      region: cost.region,
      priceDate: cost.priceDate,
      hoursPerMonth: cost.hoursPerMonth,
      lines: cost.lines.map((line) => ({
        node: line.node,
        label: line.label,
        service: line.service,
        item: line.item,
        quantity: line.quantity,
        unit: line.unit,
        unitPrice: line.unitPrice,
        amount: roundCents(line.amount),
        formula: line.formula,
        approximate: line.approximate,
      })),
    },
    derived: { nodes: result.derived.nodes },
    operations: { score: result.operations.score, levels: { ...result.operations.levels } },
  };
  if (cost.budgetPerMonth !== undefined) json.cost.budgetPerMonth = cost.budgetPerMonth;
  return json;
}
