import { seedQ1 } from './seed/q1';
import { seedQ2 } from './seed/q2';
import { seedQ3 } from './seed/q3';
import type { Scenario } from './types';

export const SCENARIOS: readonly Scenario[] = [seedQ1, seedQ2, seedQ3];

export function scenarioById(id: string): Scenario | undefined {
  return SCENARIOS.find((scenario) => scenario.id === id);
}

export { rankOptions } from './rank';
export type { RankedOption, ScenarioRanking } from './rank';
export type * from './types';
export { EXAMPLES } from './examples';
