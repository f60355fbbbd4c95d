import type { AnalysisResult, DerivedNode } from '../analysis/types';
import { DERIVED_NODE_JSON_KEYS } from '../analysis/derive';
import { CHUNK_CHARS, jsonLayout, jsonNumber, jsonScalar, jsonString, jsonStringList } from '../util/jsonText';
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

/**
 * Writes `toAnalysisJson(result)` as `JSON.stringify(…, null, indent)` would, byte for byte, in one pass
 * without building the object tree (a 10,000-node design prints megabytes): each record is one template
 * over its known fields, handed to `sink` in chunks of about 64 K characters.
 */
export function writeAnalysisJson(result: AnalysisResult, indent: number | undefined, sink: (chunk: string) => void): void {
  const layout = jsonLayout(indent);
  const { key, brk } = layout;
  const { cost } = result;
  let out = `{${key(1, 'issues')}[`;
  const flushIfLong = (): void => {
    if (out.length < CHUNK_CHARS) return;
    sink(out);
    out = '';
  };

  const issueKeys = { rule: key(3, 'rule'), severity: key(3, 'severity'), nodes: key(3, 'nodes'), edges: key(3, 'edges'), message: key(3, 'message'), why: key(3, 'why'), fix: key(3, 'fix') };
  const issues = result.issues;
  for (let k = 0; k < issues.length; k++) {
    const issue = issues[k]!;
    out += `${k > 0 ? ',' : ''}${brk[2]}{${issueKeys.rule}${jsonString(issue.rule)},${issueKeys.severity}${jsonString(issue.severity)},${issueKeys.nodes}${jsonStringList(issue.nodes, layout, 3)},${issueKeys.edges}${jsonStringList(issue.edges, layout, 3)},${issueKeys.message}${jsonString(issue.message)},${issueKeys.why}${jsonString(issue.why)}${issue.fix ? `,${issueKeys.fix}${jsonString(issue.fix.label)}` : ''}${brk[2]}}`;
    flushIfLong();
  }
  out += `${issues.length > 0 ? brk[1] : ''}],${key(1, 'cost')}{${key(2, 'total')}${jsonNumber(roundCents(cost.total))},${key(2, 'region')}${jsonString(cost.region)},${key(2, 'priceDate')}${jsonString(cost.priceDate)},${key(2, 'hoursPerMonth')}${jsonNumber(cost.hoursPerMonth)},${key(2, 'lines')}[`;

  const lineKeys = { node: key(4, 'node'), label: key(4, 'label'), service: key(4, 'service'), item: key(4, 'item'), quantity: key(4, 'quantity'), unit: key(4, 'unit'), unitPrice: key(4, 'unitPrice'), amount: key(4, 'amount'), formula: key(4, 'formula'), approximate: key(4, 'approximate') };
  const lines = cost.lines;
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]!;
    out += `${k > 0 ? ',' : ''}${brk[3]}{${lineKeys.node}${jsonString(line.node)},${lineKeys.label}${jsonString(line.label)},${lineKeys.service}${jsonString(line.service)},${lineKeys.item}${jsonString(line.item)},${lineKeys.quantity}${jsonNumber(line.quantity)},${lineKeys.unit}${jsonString(line.unit)},${lineKeys.unitPrice}${jsonNumber(line.unitPrice)},${lineKeys.amount}${jsonNumber(roundCents(line.amount))},${lineKeys.formula}${jsonString(line.formula)},${lineKeys.approximate}${line.approximate}${brk[3]}}`;
    flushIfLong();
  }
  out += `${lines.length > 0 ? brk[2] : ''}]`;
  if (cost.budgetPerMonth !== undefined) out += `,${key(2, 'budgetPerMonth')}${jsonNumber(cost.budgetPerMonth)}`;
  out += `${brk[1]}},${key(1, 'derived')}{${key(2, 'nodes')}{`;

  // Keys in the records' own order (Object.keys), which is JSON.stringify's: integer-like ids first.
  const figureKeys = DERIVED_NODE_JSON_KEYS.map((name) => key(4, name));
  const derivedNodes = result.derived.nodes;
  const nodeIds = Object.keys(derivedNodes);
  for (let k = 0; k < nodeIds.length; k++) {
    const id = nodeIds[k]!;
    const figures = derivedNodes[id]!;
    let fields = '';
    for (let f = 0; f < DERIVED_NODE_JSON_KEYS.length; f++) {
      const value = figures[DERIVED_NODE_JSON_KEYS[f]!];
      if (value !== undefined) fields += `${fields === '' ? '' : ','}${figureKeys[f]}${jsonScalar(value)}`;
    }
    out += `${k > 0 ? ',' : ''}${key(3, id)}{${fields}${fields === '' ? '' : brk[3]}}`;
    flushIfLong();
  }
  out += `${nodeIds.length > 0 ? brk[2] : ''}}${brk[1]}},${key(1, 'operations')}{${key(2, 'score')}${jsonNumber(result.operations.score)},${key(2, 'levels')}{`;

  const { levels } = result.operations;
  const levelIds = Object.keys(levels);
  for (let k = 0; k < levelIds.length; k++) {
    const id = levelIds[k]!;
    out += `${k > 0 ? ',' : ''}${key(3, id)}${jsonNumber(levels[id]!)}`;
    flushIfLong();
  }
  out += `${levelIds.length > 0 ? brk[2] : ''}}${brk[1]}}${brk[0]}}`;
  sink(out);
}
