import { describe, expect, it } from 'vitest';
import { rankOptions, SCENARIOS, scenarioById } from '../../shared/scenarios/index';
import { answerResults, ordinal, placeLabel } from './answerModel';
import { describeNeeds } from './needs';

describe('answer results', () => {
  it('Q3: B is first and correct; A, C and D are ruled out with their rule ids', () => {
    const results = answerResults(scenarioById('seed-q3')!, 'B');
    expect(results.correct).toBe(true);
    expect(results.engineAgrees).toBe(true);
    expect(results.options.map((o) => [o.key, placeLabel(o)])).toEqual([
      ['A', 'Ruled out'],
      ['B', '1st'],
      ['C', 'Ruled out'],
      ['D', 'Ruled out'],
    ]);
    const byKey = Object.fromEntries(results.options.map((o) => [o.key, o]));
    expect(byKey['A']!.rules).toEqual(['spot-buffer-too-small', 'spot-hard-deadline']);
    expect(byKey['C']!.rules).toContain('spot-wait-past-deadline');
    expect(byKey['A']!.errors.map((i) => i.rule)).toEqual(['spot-buffer-too-small']);
    expect(byKey['B']!.errors).toEqual([]);
    expect(byKey['B']!.warnings).toEqual([]);
    expect(byKey['B']!.isAnswer && byKey['B']!.isChoice).toBe(true);
  });

  it('a wrong choice is marked, and the places follow the engine (Q1: C, D, B, then A ruled out)', () => {
    const results = answerResults(scenarioById('seed-q1')!, 'B');
    expect(results.correct).toBe(false);
    expect(results.options.map((o) => [o.key, o.place])).toEqual([
      ['A', null],
      ['B', 3],
      ['C', 1],
      ['D', 2],
    ]);
    const b = results.options.find((o) => o.key === 'B')!;
    expect(b.isChoice && !b.isAnswer).toBe(true);
    expect(b.total).toBeCloseTo(105.97, 2);
    expect(b.warnings.map((i) => i.rule)).toEqual(['kds-single-consumer']);
  });

  it.each(SCENARIOS.map((s) => [s.id, s] as const))('%s: the answer takes 1st place, as rankOptions says', (_id, scenario) => {
    const results = answerResults(scenario, scenario.answer);
    const first = results.options.find((o) => o.place === 1);
    expect(first?.key).toBe(scenario.answer);
    expect(results.options.filter((o) => o.ruledOut).map((o) => o.key).sort()).toEqual(
      rankOptions(scenario).ranking.filter((r) => r.ruledOut).map((r) => r.option).sort(),
    );
  });

  it('writes places as ordinals', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 101].map(ordinal)).toEqual(['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '101st']);
  });

  it('names the needs, marking the ones that constrain the design', () => {
    expect(describeNeeds({ kafkaEcosystem: false, exactlyOnce: true, replayHours: 0, requestTimeFeatures: true, leastOperationalOverhead: true, budgetPerMonth: 500 })).toEqual([
      { label: 'Kafka ecosystem', value: 'Not required', active: false },
      { label: 'Exactly-once processing', value: 'Required', active: true },
      { label: 'Replay window', value: 'None', active: false },
      { label: 'Request-time inputs', value: 'Required', active: true },
      { label: 'Least operational overhead', value: 'Required', active: true },
      { label: 'Budget', value: '$500.00/month', active: true },
    ]);
    expect(describeNeeds({ kafkaEcosystem: false, exactlyOnce: false, replayHours: 168, requestTimeFeatures: false, leastOperationalOverhead: false })[2]).toEqual({ label: 'Replay window', value: '168 h', active: true });
    expect(describeNeeds({ kafkaEcosystem: false, exactlyOnce: false, replayHours: 0, requestTimeFeatures: false, leastOperationalOverhead: false }).at(-1)).toEqual({ label: 'Budget', value: 'No limit', active: false });
  });
});
