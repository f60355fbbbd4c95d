import { analyze, countBySeverity } from '../analysis/analyze';
import type { RuleId } from '../rules/registry';
import { roundCents } from '../util/numbers';
import type { OptionKey, Scenario } from './types';

export interface RankedOption {
  option: OptionKey;
  summary: string;
  /** Its place: 1 for the best; options an examiner cannot tell apart share a place. */
  rank: number;
  /** Another option has the very same place. */
  tie: boolean;
  ruledOut: boolean;
  errors: number;
  warnings: number;
  tips: number;
  total: number;
  /** Operations score (sum of the nodes' operations levels). */
  operations: number;
  /** Rule ids of its errors and warnings, the reasons it ranks where it does. */
  rules: RuleId[];
}

export interface ScenarioRanking {
  id: string;
  answer: OptionKey;
  /** The engine's pick: the one best option not ruled out; undefined when none is left, or when several tie for first. */
  pick: OptionKey | undefined;
  /** The options that share first place when more than one does (a tie is never broken by letter). */
  tiedForFirst: OptionKey[];
  agrees: boolean;
  /** Whether the operations score took part (the scenario needs the least operational overhead). */
  byOperations: boolean;
  ranking: RankedOption[];
}

type Unranked = Omit<RankedOption, 'rank' | 'tie'>;

/**
 * The examiner's order, as numbers compared in turn: ruled out or not; errors (among the ruled out);
 * warnings; the operations score when the question asks for the least operational overhead; the
 * monthly cost to the cent. Equal keys are a tie.
 */
function orderKey(option: Unranked, byOperations: boolean): number[] {
  return [Number(option.ruledOut), option.ruledOut ? option.errors : 0, option.warnings, byOperations ? option.operations : 0, Math.round(roundCents(option.total) * 100)];
}

function compareKeys(a: readonly number[], b: readonly number[]): number {
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return a[k]! - b[k]!;
  return 0;
}

/**
 * Ranks a scenario's options the way an examiner reads them: any error rules an option out; the rest
 * are ordered by number of warnings, then (when the scenario needs the least operational overhead)
 * by operations score, then by monthly cost. Equal options share a place: a tie is shown, never
 * broken by option letter.
 */
export function rankOptions(scenario: Scenario): ScenarioRanking {
  const byOperations = scenario.options.some((option) => option.document.needs.leastOperationalOverhead);
  const options = scenario.options.map((option): Unranked => {
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
      operations: result.operations.score,
      rules,
    };
  });
  const keyed = options.map((option) => ({ option, key: orderKey(option, byOperations) }));
  // Array.prototype.sort is stable: equal options keep the question's order for display only.
  keyed.sort((a, b) => compareKeys(a.key, b.key));
  const ranking = keyed.map(({ option, key }, k): RankedOption => {
    const first = keyed.findIndex((other) => compareKeys(other.key, key) === 0);
    const tie = keyed.some((other, j) => j !== k && compareKeys(other.key, key) === 0);
    return { ...option, rank: first + 1, tie };
  });
  const top = ranking.filter((option) => !option.ruledOut && option.rank === 1);
  const pick = top.length === 1 ? top[0]!.option : undefined;
  return {
    id: scenario.id,
    answer: scenario.answer,
    pick,
    tiedForFirst: top.length > 1 ? top.map((option) => option.option) : [],
    agrees: pick === scenario.answer,
    byOperations,
    ranking,
  };
}
