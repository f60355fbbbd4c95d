import { EXAMS, TASK_STATEMENTS, type ExamCode, type ExamTags, type TaskStatementId } from './taskStatements';

/** Which exam's questions Practice shows. */
export type ExamFilter = 'all' | ExamCode;

interface Tagged {
  id: string;
  exam: ExamTags;
}

/** What coverage needs of a learner's progress: whether the last attempt at a scenario was correct. */
type ProgressByScenario = Readonly<Record<string, { answered: boolean; correct: boolean }>>;

interface TaskStatementCoverage {
  id: TaskStatementId;
  text: string;
  /** Ids of the scenarios that train it, in practice order. */
  scenarios: string[];
  /** How many of those the learner's last attempt got right. */
  answeredCorrectly: number;
}

interface DomainCoverage {
  domain: string;
  statements: TaskStatementCoverage[];
}

export interface ExamCoverage {
  exam: ExamCode;
  name: string;
  /** Task statements trained by at least one scenario, of `total`. */
  covered: number;
  total: number;
  domains: DomainCoverage[];
}

/** True when the item is tagged with a task statement of the exam (every item passes 'all'). */
export function trainsExam(item: { exam: ExamTags }, filter: ExamFilter): boolean {
  return filter === 'all' || item.exam.some((id) => id.startsWith(`${filter} `));
}

const TEXT_BY_ID: ReadonlyMap<string, string> = new Map(TASK_STATEMENTS.map((statement) => [statement.id, statement.text]));

/** The exam guide’s wording of a task statement ("Ingest and store data."). */
export function taskStatementText(id: TaskStatementId): string {
  return TEXT_BY_ID.get(id) ?? '';
}

/**
 * For each exam (all of them, or the one filtered to), its task statements grouped by domain, each with
 * the scenarios that train it and how many of those the learner answered correctly. A statement with no
 * scenario is a gap: `scenarios` is empty and it does not count towards `covered`.
 */
export function examCoverage(scenarios: readonly Tagged[], progress: ProgressByScenario, filter: ExamFilter = 'all'): ExamCoverage[] {
  const trainedBy = new Map<string, string[]>();
  for (const scenario of scenarios) {
    for (const id of new Set(scenario.exam)) trainedBy.set(id, [...(trainedBy.get(id) ?? []), scenario.id]);
  }
  const correct = (scenarioId: string) => Object.hasOwn(progress, scenarioId) && progress[scenarioId]!.answered && progress[scenarioId]!.correct;

  const exams = (Object.keys(EXAMS) as ExamCode[]).filter((exam) => filter === 'all' || exam === filter);
  return exams.map((exam) => {
    const domains: DomainCoverage[] = [];
    for (const statement of TASK_STATEMENTS.filter((s) => s.exam === exam)) {
      const ids = trainedBy.get(statement.id) ?? [];
      const entry: TaskStatementCoverage = { id: statement.id, text: statement.text, scenarios: ids, answeredCorrectly: ids.filter(correct).length };
      const last = domains.at(-1);
      if (last?.domain === statement.domain) last.statements.push(entry);
      else domains.push({ domain: statement.domain, statements: [entry] });
    }
    const statements = domains.flatMap((d) => d.statements);
    return { exam, name: EXAMS[exam].name, covered: statements.filter((s) => s.scenarios.length > 0).length, total: statements.length, domains };
  });
}
