import { taskStatementText, trainsExam, type ExamFilter } from '../../../shared/exam/coverage';
import { EXAMS, type ExamCode } from '../../../shared/exam/taskStatements';
import { SCENARIOS, rankOptions, scenarioById } from '../../../shared/scenarios/index';
import type { Scenario } from '../../../shared/scenarios/types';
import { formatMoney, roundCents } from '../../../shared/util/numbers';
import { CliError, EXIT_BAD_INPUT } from '../cliError';
import { printData, printJson } from '../output';

const EXAM_CODES = Object.keys(EXAMS) as ExamCode[];

function examFilter(exam: string | undefined): ExamFilter {
  if (exam === undefined) return 'all';
  const code = EXAM_CODES.find((known) => known.toLowerCase() === exam.toLowerCase());
  if (!code) throw new CliError(`Unknown exam '${exam}'. Use one of: ${EXAM_CODES.join(', ')}.`, EXIT_BAD_INPUT);
  return code;
}

/** The scenario's tags with the exam guide's wording of each, for `--json`. */
function taskStatements(scenario: Scenario): Record<string, string> {
  return Object.fromEntries(scenario.exam.map((id) => [id, taskStatementText(id)]));
}

export function scenarioCommand(id: string | undefined, options: { json?: boolean; exam?: string }): void {
  if (id === undefined) {
    const filter = examFilter(options.exam);
    const listed = SCENARIOS.filter((s) => trainsExam(s, filter));
    if (options.json) printJson(listed.map((s) => ({ id: s.id, title: s.title, answer: s.answer, exam: s.exam, taskStatements: taskStatements(s) })));
    else printData(listed.map((s) => `${s.id.padEnd(12)} ${s.title}  (${s.topic})\n${' '.repeat(13)}${s.exam.join(', ')}`).join('\n'));
    return;
  }
  const scenario = scenarioById(id);
  if (!scenario) throw new CliError(`Unknown scenario '${id}'. Run 'pipeboard scenario' to list them.`, EXIT_BAD_INPUT);
  const ranking = rankOptions(scenario);
  if (options.json) {
    printJson({
      id: scenario.id,
      answer: scenario.answer,
      exam: scenario.exam,
      taskStatements: taskStatements(scenario),
      pick: ranking.pick ?? null,
      ranking: ranking.ranking.map((r) => ({
        option: r.option,
        rank: r.rank,
        tie: r.tie,
        ruledOut: r.ruledOut,
        errors: r.errors,
        warnings: r.warnings,
        tips: r.tips,
        total: roundCents(r.total),
        operations: r.operations,
        rules: r.rules,
      })),
    });
    return;
  }
  const rows = ranking.ranking.map((r) => {
    const verdict = r.ruledOut ? 'ruled out' : `#${r.rank}${r.tie ? ' tie' : ''}`;
    const operations = ranking.byOperations ? `  ops ${String(r.operations).padStart(2)}` : '';
    return `${r.option}  ${verdict.padEnd(9)}  ${String(r.errors).padStart(2)} errors  ${String(r.warnings).padStart(2)} warnings${operations}  ${formatMoney(r.total).padStart(11)}/mo  ${r.summary}${r.rules.length ? `\n                ${r.rules.join(', ')}` : ''}`;
  });
  const engine = ranking.agrees ? ' (the engine agrees)' : ranking.tiedForFirst.length > 0 ? ` — the engine ties ${ranking.tiedForFirst.join(', ')} for first` : ` — the engine picks ${ranking.pick ?? 'nothing'}`;
  const tags = scenario.exam.map((tag) => `${tag} ${taskStatementText(tag)}`);
  printData([`${scenario.title}`, ...tags, '', scenario.prompt, '', ...rows, '', `Answer: ${scenario.answer}${engine}`, '', scenario.explanation].join('\n'));
}
