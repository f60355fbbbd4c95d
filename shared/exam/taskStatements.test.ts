import { describe, expect, it } from 'vitest';
import { EXAMS, TASK_STATEMENTS } from './taskStatements';

describe('the exams’ task statements', () => {
  it('are unique, each belongs to a known exam, and its id starts with that exam’s code', () => {
    const ids = TASK_STATEMENTS.map((statement) => statement.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const statement of TASK_STATEMENTS) {
      expect(Object.keys(EXAMS)).toContain(statement.exam);
      expect(statement.id.startsWith(`${statement.exam} `)).toBe(true);
    }
  });

  it('list MLS-C01’s 15 and MLA-C01’s 12 task statements', () => {
    expect(TASK_STATEMENTS.filter((statement) => statement.exam === 'MLS-C01')).toHaveLength(15);
    expect(TASK_STATEMENTS.filter((statement) => statement.exam === 'MLA-C01')).toHaveLength(12);
  });
});
