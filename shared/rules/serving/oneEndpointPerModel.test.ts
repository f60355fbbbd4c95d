import { describe, expect, it } from 'vitest';
import { analyze } from '../../analysis/analyze';
import { applyFix, issuesOf, nodeById, theIssue } from '../fixtures.testutil';
import { served } from './inference.testutil';

const RULE = 'one-endpoint-per-model';

describe(RULE, () => {
  it('fires on 40 models on 40 endpoints; the fix makes one multi-model endpoint at a fortieth of the price', () => {
    const doc = served({ modelCount: 40, instanceType: 'ml.m5.large', instanceCount: 1 }, [], 'Customer models');
    const issue = theIssue(doc, RULE);
    expect(issue.severity).toBe('warning');
    expect(issue.nodes).toEqual(['ep']);
    expect(issue.message).toBe('Customer models serves 40 models on 40 separate endpoints.');
    const fixed = applyFix(doc, issue);
    expect(nodeById(fixed, 'ep').params.multiModel).toBe(true);
    expect(issuesOf(fixed, RULE)).toEqual([]);
    const hosting = (d: typeof doc) => analyze(d).cost.lines.find((line) => line.node === 'ep')!.amount;
    // 40 × 730 h × $0.115 = $3,358, then 730 h × $0.115 = $83.95.
    expect(Math.round(hosting(doc) * 100) / 100).toBe(3358);
    expect(Math.round(hosting(fixed) * 100) / 100).toBe(83.95);
  });

  it('stays quiet for one model, or many on a multi-model endpoint', () => {
    expect(issuesOf(served({}), RULE)).toEqual([]);
    expect(issuesOf(served({ modelCount: 40, multiModel: true }), RULE)).toEqual([]);
  });
});
