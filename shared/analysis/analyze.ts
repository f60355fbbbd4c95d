import { buildCostSheet } from '../cost/sheet';
import type { PipelineDocument } from '../model/document';
import { RULES } from '../rules/registry';
import { createContext } from './context';
import { deriveFigures } from './derive';
import { operationsScore } from './operations';
import type { AnalysisResult, Issue, Severity } from './types';

import { SEVERITY_RANK } from '../util/severity';

/**
 * The engine: rates along the graph, the cost sheet, then every rule. Pure and deterministic;
 * the document is only read.
 */
export function analyze(document: PipelineDocument): AnalysisResult {
  const ctx = createContext(document);
  const cost = buildCostSheet(ctx);
  const issues: Issue[] = [];
  for (const rule of RULES) {
    // A rule about some services only has nothing to say on a design without them.
    if (rule.services !== undefined && !rule.services.some((service) => ctx.hasService(service))) continue;
    for (const issue of rule.check(ctx)) issues.push(issue);
  }
  // Stable sort: errors first, then warnings, then tips; rule order within a severity.
  issues.sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
  return { issues, cost, derived: deriveFigures(ctx), operations: operationsScore(document) };
}

export function countBySeverity(issues: readonly Issue[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, tip: 0 };
  for (const issue of issues) counts[issue.severity]++;
  return counts;
}
