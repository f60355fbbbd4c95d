import { describe, expect, it } from 'vitest';
import { SCENARIOS } from '../scenarios/index';
import { examCoverage, taskStatementText, trainsExam } from './coverage';
import type { ExamTags } from './taskStatements';

const tagged = (id: string, exam: ExamTags) => ({ id, exam });
const SET = [
  tagged('a', ['MLS-C01 1.2', 'MLA-C01 1.1']),
  tagged('b', ['MLA-C01 1.1', 'MLA-C01 3.1']),
  tagged('c', ['MLS-C01 3.3']),
];

describe('exam coverage', () => {
  it('counts the scenarios that train each task statement and the ones answered correctly', () => {
    const progress = { a: { answered: true, correct: true }, b: { answered: true, correct: false } };
    const [mls, mla] = examCoverage(SET, progress);
    const mla11 = mla!.domains.flatMap((d) => d.statements).find((s) => s.id === 'MLA-C01 1.1')!;
    expect(mla11).toEqual({ id: 'MLA-C01 1.1', text: 'Ingest and store data.', scenarios: ['a', 'b'], answeredCorrectly: 1 });
    const mls33 = mls!.domains.flatMap((d) => d.statements).find((s) => s.id === 'MLS-C01 3.3')!;
    expect(mls33.answeredCorrectly).toBe(0);
  });

  it('shows a task statement no scenario trains as a gap and leaves it out of the covered count', () => {
    const [mls, mla] = examCoverage(SET, {});
    expect([mls!.exam, mls!.covered, mls!.total]).toEqual(['MLS-C01', 2, 15]);
    expect([mla!.exam, mla!.covered, mla!.total]).toEqual(['MLA-C01', 2, 12]);
    const mla43 = mla!.domains.flatMap((d) => d.statements).find((s) => s.id === 'MLA-C01 4.3')!;
    expect(mla43.scenarios).toEqual([]);
  });

  it('groups statements by domain in the guide’s order and keeps only the filtered exam', () => {
    const only = examCoverage(SET, {}, 'MLA-C01');
    expect(only.map((e) => e.exam)).toEqual(['MLA-C01']);
    expect(only[0]!.domains.map((d) => d.domain.slice(0, 9))).toEqual(['Domain 1:', 'Domain 2:', 'Domain 3:', 'Domain 4:']);
    expect(only[0]!.domains[0]!.statements.map((s) => s.id)).toEqual(['MLA-C01 1.1', 'MLA-C01 1.2', 'MLA-C01 1.3']);
  });

  it('ignores progress of unanswered scenarios and inherited keys', () => {
    const progress = { c: { answered: false, correct: true } };
    const [mls] = examCoverage(SET, progress, 'MLS-C01');
    expect(mls!.domains.flatMap((d) => d.statements).find((s) => s.id === 'MLS-C01 3.3')!.answeredCorrectly).toBe(0);
    expect(examCoverage([tagged('toString', ['MLS-C01 1.1'])], {})[0]!.domains[0]!.statements[0]!.answeredCorrectly).toBe(0);
  });

  it('filters scenarios by exam', () => {
    expect(SET.filter((s) => trainsExam(s, 'MLA-C01')).map((s) => s.id)).toEqual(['a', 'b']);
    expect(SET.filter((s) => trainsExam(s, 'MLS-C01')).map((s) => s.id)).toEqual(['a', 'c']);
    expect(SET.filter((s) => trainsExam(s, 'all'))).toHaveLength(3);
    expect(taskStatementText('MLS-C01 1.2')).toBe('Identify and implement a data ingestion solution.');
  });

  it('over the practice set: the current questions cover MLA-C01’s ingestion and training statements', () => {
    const [mls, mla] = examCoverage(SCENARIOS, {});
    expect(mla!.covered).toBeGreaterThanOrEqual(5);
    expect(mls!.covered).toBeGreaterThanOrEqual(6);
    const statements = mla!.domains.flatMap((d) => d.statements);
    expect(statements.find((s) => s.id === 'MLA-C01 1.1')!.scenarios).toContain('seed-q1');
  });
});
