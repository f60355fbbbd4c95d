import { analyze, countBySeverity } from '../analysis/analyze';
import { createContext } from '../analysis/context';
import type { Issue } from '../analysis/types';
import type { PipelineDocument } from '../model/document';
import type { Scenario } from '../scenarios/types';
import { formatMoney } from '../util/numbers';
import { runCheck, type CheckResult } from './checks';

export type Verdict = 'pass' | 'pass-with-warnings' | 'fail';

export interface Grade {
  verdict: Verdict;
  /** What an examiner would say, in one sentence. */
  summary: string;
  checks: CheckResult[];
  errors: Issue[];
  warnings: Issue[];
  tips: Issue[];
  total: number;
  referenceTotal: number;
}

export function referenceAnswer(scenario: Scenario): PipelineDocument {
  return scenario.options.find((option) => option.key === scenario.answer)!.document;
}

/** The learner's design judged under the scenario's needs and settings, whatever they set themselves. */
function underScenario(scenario: Scenario, design: PipelineDocument): PipelineDocument {
  const reference = referenceAnswer(scenario);
  return { ...design, needs: { ...reference.needs }, settings: { ...reference.settings, prices: { ...design.settings.prices } } };
}

/**
 * Grades a design built for a scenario: it passes when it has no errors and meets every check, even
 * if it differs from the reference answer; warnings mean it works but is not the exam's preferred answer.
 */
export function gradeDesign(scenario: Scenario, design: PipelineDocument): Grade {
  const judged = underScenario(scenario, design);
  const result = analyze(judged);
  const ctx = createContext(judged);
  const checks = scenario.checks.map((check) => runCheck(ctx, check));
  const counts = countBySeverity(result.issues);
  const unmet = checks.filter((check) => !check.met);
  const referenceTotal = analyze(referenceAnswer(scenario)).cost.total;
  const verdict: Verdict = counts.error > 0 || unmet.length > 0 ? 'fail' : counts.warning > 0 ? 'pass-with-warnings' : 'pass';
  const costNote = `${formatMoney(result.cost.total)}/month vs ${formatMoney(referenceTotal)} for the reference answer`;
  const summary =
    verdict === 'fail'
      ? `Not accepted: ${[counts.error ? `${counts.error} error${counts.error === 1 ? '' : 's'}` : '', unmet.length ? `${unmet.length} unmet requirement${unmet.length === 1 ? '' : 's'}` : ''].filter(Boolean).join(' and ')}.`
      : verdict === 'pass-with-warnings'
        ? `Works, but an examiner prefers another answer: ${counts.warning} warning${counts.warning === 1 ? '' : 's'}. ${costNote}.`
        : `Accepted: every requirement met with no errors or warnings. ${costNote}.`;
  return {
    verdict,
    summary,
    checks,
    errors: result.issues.filter((i) => i.severity === 'error'),
    warnings: result.issues.filter((i) => i.severity === 'warning'),
    tips: result.issues.filter((i) => i.severity === 'tip'),
    total: result.cost.total,
    referenceTotal,
  };
}

/** The canvas a learner starts from in build mode: the scenario's producers or data, and its needs. */
export function starterDesign(scenario: Scenario): PipelineDocument {
  const reference = referenceAnswer(scenario);
  const starts = reference.nodes.filter((node) => node.service === 'source');
  const nodes = starts.length > 0 ? starts : reference.nodes.filter((node) => node.service === 's3').slice(0, 1);
  return { ...reference, title: `My answer: ${scenario.title}`, notes: '', nodes: nodes.map((node) => ({ ...node, position: { x: 0, y: 0 } })), edges: [] };
}
