import { analyze } from '../../shared/analysis/analyze';
import type { Issue } from '../../shared/analysis/types';
import type { PipelineDocument } from '../../shared/model/document';
import type { RuleId } from '../../shared/rules/registry';
import { rankOptions } from '../../shared/scenarios/rank';
import type { OptionKey, Scenario } from '../../shared/scenarios/types';

export interface OptionResult {
  key: OptionKey;
  summary: string;
  document: PipelineDocument;
  /** 1 for the engine's pick, 2, 3… for the next options that are not ruled out; null when ruled out. Tied options share a place. */
  place: number | null;
  /** Another option shares its place (a tie is never broken by letter). */
  tie: boolean;
  /** Operations score (sum of its nodes' operations levels). */
  operations: number;
  ruledOut: boolean;
  errors: Issue[];
  warnings: Issue[];
  total: number;
  /** Rule ids of its errors and warnings, as the ranking gives them. */
  rules: RuleId[];
  isAnswer: boolean;
  isChoice: boolean;
}

export interface AnswerResults {
  choice: OptionKey;
  answer: OptionKey;
  correct: boolean;
  /** The engine's pick agrees with the scenario's answer (a test keeps it so). */
  engineAgrees: boolean;
  /** The operations score took part in the ranking (the scenario needs the least operational overhead). */
  byOperations: boolean;
  /** In the scenario's order (A–D), each with its place in the engine's ranking. */
  options: OptionResult[];
}

/** Everything the results screen shows after an answer: the engine's ranking and each option's findings. */
export function answerResults(scenario: Scenario, choice: OptionKey): AnswerResults {
  const ranking = rankOptions(scenario);
  const options = scenario.options.map((option): OptionResult => {
    const ranked = ranking.ranking.find((r) => r.option === option.key)!;
    const result = analyze(option.document);
    return {
      key: option.key,
      summary: option.summary,
      document: option.document,
      place: ranked.ruledOut ? null : ranked.rank,
      tie: ranked.tie && !ranked.ruledOut,
      operations: ranked.operations,
      ruledOut: ranked.ruledOut,
      errors: result.issues.filter((issue) => issue.severity === 'error'),
      warnings: result.issues.filter((issue) => issue.severity === 'warning'),
      total: result.cost.total,
      rules: ranked.rules,
      isAnswer: option.key === scenario.answer,
      isChoice: option.key === choice,
    };
  });
  return { choice, answer: scenario.answer, correct: choice === scenario.answer, engineAgrees: ranking.agrees, byOperations: ranking.byOperations, options };
}

/** 1 → "1st", 2 → "2nd", 11 → "11th". */
export function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th';
  return `${n}${suffix}`;
}

export function placeLabel(option: Pick<OptionResult, 'place' | 'tie'>): string {
  return option.place === null ? 'Ruled out' : `${ordinal(option.place)}${option.tie ? ' (tie)' : ''}`;
}
