import { SCENARIOS, rankOptions, scenarioById } from '../../../shared/scenarios/index';
import { formatMoney, roundCents } from '../../../shared/util/numbers';
import { CliError, EXIT_BAD_INPUT } from '../cliError';
import { printData, printJson } from '../output';

export function scenarioCommand(id: string | undefined, options: { json?: boolean }): void {
  if (id === undefined) {
    if (options.json) printJson(SCENARIOS.map((s) => ({ id: s.id, title: s.title, answer: s.answer })));
    else printData(SCENARIOS.map((s) => `${s.id.padEnd(12)} ${s.title}  (${s.topic})`).join('\n'));
    return;
  }
  const scenario = scenarioById(id);
  if (!scenario) throw new CliError(`Unknown scenario '${id}'. Run 'pipeboard scenario' to list them.`, EXIT_BAD_INPUT);
  const ranking = rankOptions(scenario);
  if (options.json) {
    printJson({
      id: scenario.id,
      answer: scenario.answer,
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
  printData([`${scenario.title}`, '', scenario.prompt, '', ...rows, '', `Answer: ${scenario.answer}${engine}`, '', scenario.explanation].join('\n'));
}
