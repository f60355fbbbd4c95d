import { describe, expect, it } from 'vitest';
import { RULES } from '../rules/registry';
import { SCENARIOS } from '../scenarios/index';
import { TASK_STATEMENTS } from './taskStatements';

const KNOWN = new Set<string>(TASK_STATEMENTS.map((statement) => statement.id));

describe('exam tags', () => {
  it.each([...RULES.map((r) => ['rule', r.id, r.exam] as const), ...SCENARIOS.map((s) => ['scenario', s.id, s.exam] as const)])(
    '%s %s names at least one known task statement, each once',
    (_kind, _id, exam) => {
      expect(exam.length).toBeGreaterThan(0);
      expect(exam.filter((id) => !KNOWN.has(id))).toEqual([]);
      expect(new Set(exam).size).toBe(exam.length);
    },
  );
});
