import { describe, expect, it } from 'vitest';
import { analyze } from '../analysis/analyze';
import { RULES } from '../rules/registry';
import { SCENARIOS, rankOptions } from './index';

describe('the practice set', () => {
  it('has the study notes’ three questions and at least twelve of the team’s, with unique ids', () => {
    expect(SCENARIOS.filter((s) => s.origin === 'study-notes').map((s) => s.id)).toEqual(['seed-q1', 'seed-q2', 'seed-q3']);
    expect(SCENARIOS.filter((s) => s.origin === 'team').length).toBeGreaterThanOrEqual(12);
    expect(new Set(SCENARIOS.map((s) => s.id)).size).toBe(SCENARIOS.length);
  });

  it.each(SCENARIOS.map((s) => [s.id, s] as const))('%s: rankOptions picks the stated answer', (_id, scenario) => {
    const ranking = rankOptions(scenario);
    expect(ranking.pick).toBe(scenario.answer);
    expect(scenario.options.map((o) => o.key)).toEqual(['A', 'B', 'C', 'D']);
  });

  it.each(SCENARIOS.map((s) => [s.id, s] as const))('%s: no other option ties with the answer (a tie would make the question unanswerable)', (_id, scenario) => {
    const ranking = rankOptions(scenario);
    const answer = ranking.ranking.find((o) => o.option === scenario.answer)!;
    expect(answer).toMatchObject({ rank: 1, tie: false, ruledOut: false });
    expect(ranking.tiedForFirst).toEqual([]);
  });

  it.each(SCENARIOS.map((s) => [s.id, s] as const))('%s: its deciding rules fire on the options it rules against', (_id, scenario) => {
    const fired = new Set(scenario.options.filter((o) => o.key !== scenario.answer).flatMap((o) => analyze(o.document).issues.map((i) => i.rule)));
    for (const rule of scenario.decidingRules) expect(fired, `${rule} should fire on a wrong option`).toContain(rule);
    const answerIssues = analyze(scenario.options.find((o) => o.key === scenario.answer)!.document).issues;
    expect(answerIssues.filter((i) => i.severity !== 'tip')).toEqual([]);
  });

  it('together exercises every design rule of the reference table', () => {
    const fired = new Set(SCENARIOS.flatMap((s) => s.options.flatMap((o) => analyze(o.document).issues.map((i) => i.rule))));
    // Graph hygiene (loops, stray nodes, missing inputs) is checked on every design but is not an exam topic.
    const hygiene = new Set(['cycle', 'disconnected-node', 'no-source', 'training-without-data', 'endpoint-without-model']);
    const examRules = RULES.map((r) => r.id).filter((id) => !hygiene.has(id));
    expect(examRules.filter((id) => !fired.has(id))).toEqual([]);
  });
});
