import { describe, expect, it } from 'vitest';
import { analyze } from '../analysis/analyze';
import { cents } from '../rules/fixtures.testutil';
import { EXAMPLES, rankOptions, scenarioById } from './index';
import type { OptionKey, Scenario } from './types';

function scenario(id: string): Scenario {
  const found = scenarioById(id);
  expect(found, id).toBeDefined();
  return found!;
}

function optionDocument(id: string, key: OptionKey) {
  const option = scenario(id).options.find((o) => o.key === key);
  expect(option, `${id} ${key}`).toBeDefined();
  return option!.document;
}

function ranked(id: string, key: OptionKey) {
  const option = rankOptions(scenario(id)).ranking.find((o) => o.option === key);
  expect(option, `${id} ${key}`).toBeDefined();
  return option!;
}

describe('rankOptions on the study notes’ questions', () => {
  it.each([
    ['seed-q1', 'C'],
    ['seed-q2', 'B'],
    ['seed-q3', 'B'],
  ] as const)('%s: picks %s', (id, answer) => {
    const ranking = rankOptions(scenario(id));
    expect(ranking.pick).toBe(answer);
    expect(ranking.answer).toBe(answer);
    expect(ranking.agrees).toBe(true);
    expect(ranking.ranking[0]!.option).toBe(answer);
    expect(ranking.ranking[0]!.ruledOut).toBe(false);
  });

  describe('Q1', () => {
    it('full order: C, D (tips only), B (one warning), A (ruled out)', () => {
      expect(rankOptions(scenario('seed-q1')).ranking.map((o) => [o.option, o.ruledOut, o.warnings])).toEqual([
        ['C', false, 0],
        ['D', false, 0],
        ['B', false, 1],
        ['A', true, 1],
      ]);
    });

    it('B’s ingestion (stream + forwarding Lambda) is cheaper than C’s $42.34 Firehose, yet B ranks below C on kds-single-consumer', () => {
      const b = analyze(optionDocument('seed-q1', 'B')).cost.byNode;
      const c = analyze(optionDocument('seed-q1', 'C')).cost.byNode;
      expect(cents(c.fh!)).toBe(42.34);
      const bIngestion = b.kds! + b.fwd!;
      expect(bIngestion).toBeLessThan(c.fh!);
      // The reference's ≈ $35: $36.26 now that 2 GB/h counts AWS's binary GB and 5 KB (5,120-byte) records.
      expect(cents(bIngestion)).toBe(36.26);

      const order = rankOptions(scenario('seed-q1')).ranking.map((o) => o.option);
      expect(order.indexOf('B')).toBeGreaterThan(order.indexOf('C'));
      expect(ranked('seed-q1', 'B').rules).toEqual(['kds-single-consumer']);
      expect(ranked('seed-q1', 'C').rules).toEqual([]);
      // B is cheaper in total too: it loses on the decision tree, not on price.
      expect(ranked('seed-q1', 'B').total).toBeLessThan(ranked('seed-q1', 'C').total);
    });

    it('A pays for MSK with no Kafka need, about 10x C, over the budget', () => {
      const a = ranked('seed-q1', 'A');
      expect(a.rules).toEqual(['budget-exceeded', 'msk-without-kafka-need']);
      expect(a.total / ranked('seed-q1', 'C').total).toBeGreaterThan(10);
    });

    it('On-Demand on ml.p3.2xlarge, weekly 6 h: Spot would save about $70/month, not $480', () => {
      const tip = analyze(optionDocument('seed-q1', 'D')).issues.find((issue) => issue.rule === 'on-demand-could-be-spot');
      expect(tip?.message).toContain('$69.88/month');
    });
  });

  it('Q2: A and D ruled out by latency and replay, C warned for MSK', () => {
    expect(ranked('seed-q2', 'A').rules).toEqual(['firehose-latency', 'replay-needs-stream']);
    expect(ranked('seed-q2', 'D').rules).toEqual(['firehose-latency', 'replay-needs-stream', 'batch-for-real-time']);
    expect(ranked('seed-q2', 'C')).toMatchObject({ ruledOut: false, rules: ['msk-without-kafka-need'] });
    expect(ranked('seed-q2', 'B')).toMatchObject({ ruledOut: false, errors: 0, warnings: 0 });
  });

  it('Q3: every Spot option is ruled out by the 2.67x buffer on critical work', () => {
    for (const key of ['A', 'C', 'D'] as const) {
      expect(ranked('seed-q3', key).ruledOut, key).toBe(true);
      expect(ranked('seed-q3', key).rules, key).toContain('spot-buffer-too-small');
    }
    expect(ranked('seed-q3', 'C').rules).toContain('spot-wait-past-deadline');
    expect(ranked('seed-q3', 'B')).toMatchObject({ ruledOut: false, errors: 0, warnings: 0, tips: 0 });
  });
});

describe('examples', () => {
  it('analyse without errors', () => {
    expect(EXAMPLES.length).toBeGreaterThanOrEqual(5);
    for (const example of EXAMPLES) {
      const errors = analyze(example.document).issues.filter((issue) => issue.severity === 'error');
      expect(errors, example.id).toEqual([]);
    }
  });
});

describe('ties and the operations score', () => {
  const q1 = scenario('seed-q1');
  const withOptions = (needs: { leastOperationalOverhead: boolean }, documents: Record<OptionKey, OptionKey>): Scenario => ({
    ...q1,
    id: 'test-ties',
    answer: 'A',
    options: (['A', 'B', 'C', 'D'] as const).map((key) => {
      const source = q1.options.find((o) => o.key === documents[key])!;
      return { key, summary: source.summary, document: { ...source.document, needs: { ...source.document.needs, ...needs } } };
    }),
  });

  it('equal options share a place and are marked as a tie; nothing is picked by letter', () => {
    const ranking = rankOptions(withOptions({ leastOperationalOverhead: false }, { A: 'C', B: 'C', C: 'A', D: 'B' }));
    expect(ranking.ranking.map((o) => [o.option, o.rank, o.tie])).toEqual([
      ['A', 1, true],
      ['B', 1, true],
      ['D', 3, false],
      ['C', 4, false],
    ]);
    expect(ranking.pick).toBeUndefined();
    expect(ranking.tiedForFirst).toEqual(['A', 'B']);
    expect(ranking.agrees).toBe(false);
  });

  it('without the need, Q1 D (a Glue job and On-Demand training, tips only) ranks by cost after C', () => {
    const ranking = rankOptions(q1);
    expect(ranking.byOperations).toBe(false);
    expect(ranked('seed-q1', 'C').operations).toBe(1); // Firehose 0, S3 0, SageMaker training 1, DynamoDB 0; the source is not scored
    expect(ranking.ranking.map((o) => o.rank)).toEqual([1, 2, 3, 4]);
  });

  it('with the need, the lower operations score wins over the lower cost among equal warnings', () => {
    // Q1's B (stream + Lambda: one warning) against C (Firehose: none) — warnings still come first.
    const first = rankOptions(withOptions({ leastOperationalOverhead: true }, { A: 'C', B: 'B', C: 'D', D: 'A' }));
    expect(first.byOperations).toBe(true);
    expect(first.ranking[0]!.option).toBe('A');
    // D of Q1 (tips only, more to run: Glue 0, training 1, ElastiCache 1) is dearer and runs more than C.
    const c = ranked('seed-q1', 'C');
    const d = ranked('seed-q1', 'D');
    expect(d.operations).toBeGreaterThan(c.operations);
  });
});
