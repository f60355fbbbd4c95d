import { analyze, countBySeverity } from '../analysis/analyze';
import type { RuleId } from '../rules/registry';
import type { OptionKey, Scenario } from './types';

export interface RankedOption {
  option: OptionKey;
  summary: string;
  ruledOut: boolean;
  errors: number;
  warnings: number;
  tips: number;
  total: number;
  /** Rule ids of its errors and warnings, the reasons it ranks where it does. */
  rules: RuleId[];
}

export interface ScenarioRanking {
  id: string;
  answer: OptionKey;
  /** The engine's pick: the first option of the ranking that is not ruled out. */
  pick: OptionKey | undefined;
  agrees: boolean;
  ranking: RankedOption[];
}

/**
 * Ranks a scenario's options the way an examiner reads them: any error rules an option out; the
 * rest are ordered by number of warnings, then by monthly cost.
 */
export function rankOptions(scenario: Scenario): ScenarioRanking {
  const ranked = scenario.options.map((option): RankedOption => {
    const result = analyze(option.document);
    const counts = countBySeverity(result.issues);
    const rules = [...new Set(result.issues.filter((i) => i.severity !== 'tip').map((i) => i.rule))];
    return {
      option: option.key,
      summary: option.summary,
      ruledOut: counts.error > 0,
      errors: counts.error,
      warnings: counts.warning,
      tips: counts.tip,
      total: result.cost.total,
      rules,
    };
  });
  ranked.sort(
    (a, b) =>
      Number(a.ruledOut) - Number(b.ruledOut) ||
      (a.ruledOut ? a.errors - b.errors : 0) ||
      a.warnings - b.warnings ||
      a.total - b.total ||
      a.option.localeCompare(b.option),
  );
  const pick = ranked.find((option) => !option.ruledOut)?.option;
  return { id: scenario.id, answer: scenario.answer, pick, agrees: pick === scenario.answer, ranking: ranked };
}
