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
      ranking: ranking.ranking.map((r) => ({ option: r.option, ruledOut: r.ruledOut, errors: r.errors, warnings: r.warnings, tips: r.tips, total: roundCents(r.total), rules: r.rules })),
    });
    return;
  }
  const rows = ranking.ranking.map((r, k) => {
    const verdict = r.ruledOut ? 'ruled out' : `#${k + 1}`;
    return `${r.option}  ${verdict.padEnd(9)}  ${String(r.errors).padStart(2)} errors  ${String(r.warnings).padStart(2)} warnings  ${formatMoney(r.total).padStart(11)}/mo  ${r.summary}${r.rules.length ? `\n                ${r.rules.join(', ')}` : ''}`;
  });
  printData([`${scenario.title}`, '', scenario.prompt, '', ...rows, '', `Answer: ${scenario.answer}${ranking.agrees ? ' (the engine agrees)' : ` — the engine picks ${ranking.pick ?? 'nothing'}`}`, '', scenario.explanation].join('\n'));
}
