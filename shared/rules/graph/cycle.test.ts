import { describe, expect, it } from 'vitest';
import { analyze } from '../../analysis/analyze';
import { applyFix, eventSource, issuesOf, pipeline, theIssue } from '../fixtures.testutil';

const RULE = 'cycle';

const ring = () =>
  pipeline([eventSource('src', 1000, 1000), { id: 'a', service: 'lambda', label: 'A' }, { id: 'b', service: 'lambda', label: 'B' }, { id: 'c', service: 'lambda', label: 'C' }], ['src>a>b>c>a']);

describe(RULE, () => {
  it('reports the edge that closes the loop', () => {
    const issue = theIssue(ring(), RULE);
    expect(issue.severity).toBe('error');
    expect(issue.edges).toEqual(['c-a']);
    expect(issue.nodes).toEqual(['c', 'a']);
    expect(issue.message).toBe('The edge C → A closes a loop.');
  });

  it('analysis still finishes, with rates and costs for the loop', () => {
    const result = analyze(ring());
    expect(result.derived.nodes.a!.inputMBps).toBe(1);
    expect(result.cost.byNode.a).toBeGreaterThan(0);
    expect(Object.keys(result.derived.edges).sort()).toEqual(['a-b', 'b-c', 'c-a', 'src-a']);
  });

  it('reports a self-loop', () => {
    const doc = pipeline([eventSource('src', 10, 100), { id: 'a', service: 'lambda', label: 'A' }], ['src>a>a']);
    const issue = theIssue(doc, RULE);
    expect(issue.edges).toEqual(['a-a']);
    expect(issue.nodes).toEqual(['a', 'a']);
    expect(issue.message).toBe('The edge A → A closes a loop.');
  });

  it('reports one edge per independent loop', () => {
    const doc = pipeline([{ id: 'a', service: 'lambda' }, { id: 'b', service: 'lambda' }, { id: 'c', service: 'lambda' }, { id: 'd', service: 'lambda' }], ['a>b>a', 'c>d>c']);
    expect(issuesOf(doc, RULE).map((issue) => issue.edges[0])).toEqual(['b-a', 'd-c']);
  });

  it('stays quiet on a DAG with a diamond', () => {
    const doc = pipeline([eventSource('src', 10, 100), { id: 'kds', service: 'kinesis-data-streams' }, { id: 'a', service: 'lambda' }, { id: 'b', service: 'lambda' }, { id: 'db', service: 'dynamodb' }], ['src>kds>a>db', 'kds>b>db']);
    expect(issuesOf(doc, RULE)).toEqual([]);
  });

  it('fix: removes the closing edge', () => {
    const doc = ring();
    const fixed = applyFix(doc, theIssue(doc, RULE));
    expect(fixed.edges.map((edge) => edge.id)).toEqual(['src-a', 'a-b', 'b-c']);
    expect(issuesOf(fixed, RULE)).toEqual([]);
  });
});
