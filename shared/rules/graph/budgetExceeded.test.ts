import { describe, expect, it } from 'vitest';
import { analyze } from '../../analysis/analyze';
import type { NodeSpec } from '../../model/builder';
import { eventSource, issuesOf, pipeline, theIssue } from '../fixtures.testutil';

const RULE = 'budget-exceeded';

const nodes: NodeSpec[] = [
  eventSource('src', 1000, 1000),
  { id: 'msk', service: 'msk', label: 'Cluster' },
  { id: 'ks', service: 'kafka-streams', label: 'Enricher' },
  { id: 'lake', service: 's3', label: 'Lake', params: { storedGb: 100 } },
  { id: 'train', service: 'sagemaker-training', label: 'Retrain', params: { instanceType: 'ml.m5.xlarge', durationHours: 1, runsPerMonth: 30 } },
];
const kafka = (budgetPerMonth?: number) =>
  pipeline(nodes, ['src>msk>ks>lake>train'], { needs: { kafkaEcosystem: true, ...(budgetPerMonth === undefined ? {} : { budgetPerMonth }) } });

describe(RULE, () => {
  it('fires above the budget, naming the three biggest line items', () => {
    const issue = theIssue(kafka(500), RULE);
    expect(issue.severity).toBe('error');
    expect(issue.nodes).toEqual(['msk', 'ks', 'train']);
    // $759.90 + $140.16 + $2.30 + $6.90
    expect(issue.message).toBe('$909.26/month is over the $500.00 budget; biggest: Cluster $759.90, Enricher $140.16, Retrain $6.90.');
    expect(issue.fix).toBeUndefined();
  });

  it('stays quiet at or below the budget, and without one', () => {
    const total = analyze(kafka()).cost.total;
    expect(issuesOf(kafka(total), RULE)).toEqual([]);
    expect(issuesOf(kafka(1000), RULE)).toEqual([]);
    expect(issuesOf(kafka(), RULE)).toEqual([]);
    expect(issuesOf(kafka(909.25), RULE)).toHaveLength(1);
  });

  it('compares money as shown: $189.80 + $0.30 against a $190.10 budget is not over', () => {
    // 730 × $0.26 + 3 × $0.10 is 190.10000000000002 in floating point
    const aurora = pipeline(
      [{ id: 'lake', service: 's3', params: { storedGb: 0 } }, { id: 'db', service: 'aurora', params: { instanceCount: 1, readsPerSecond: 0, writesPerSecond: 0, storedGb: 3 } }, { id: 'fn', service: 'lambda', params: { invocationsPerSecond: 0 } }],
      ['lake>fn>db'],
      { needs: { budgetPerMonth: 190.1 } },
    );
    expect(issuesOf(aurora, RULE)).toEqual([]);
    expect(issuesOf({ ...aurora, needs: { ...aurora.needs, budgetPerMonth: 190.09 } }, RULE)).toHaveLength(1);
  });
});
