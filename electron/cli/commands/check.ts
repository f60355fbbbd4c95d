import { analyze, countBySeverity } from '../../../shared/analysis/analyze';
import type { Issue } from '../../../shared/analysis/types';
import { writeAnalysisJson } from '../../../shared/export/analysisJson';
import { formatMoney } from '../../../shared/util/numbers';
import { severitySummary } from '../../../shared/util/severity';
import { EXIT_DESIGN_ERRORS } from '../cliError';
import { printData, printJsonChunks } from '../output';
import { readDocument } from '../readDocument';
import { oneLine, printableDocument } from '../terminalText';

const MARK: Record<Issue['severity'], string> = { error: '✖ error  ', warning: '▲ warning', tip: '● tip    ' };

function issuesText(issues: readonly Issue[]): string {
  return issues
    .map((issue) => {
      const nodes = issue.nodes.map(oneLine).join(', ');
      const lines = [`${MARK[issue.severity]} ${issue.rule}${issue.nodes.length ? ` [${nodes}]` : ''}`, `    ${oneLine(issue.message)}`, `    why: ${oneLine(issue.why)}`];
      if (issue.fix) lines.push(`    fix: ${oneLine(issue.fix.label)}`);
      return lines.join('\n');
    })
    .join('\n\n');
}

export async function checkCommand(file: string, options: { json?: boolean }): Promise<void> {
  const read = await readDocument(file);
  const document = options.json ? read : printableDocument(read);
  const result = analyze(document);
  const counts = countBySeverity(result.issues);
  if (options.json) {
    printJsonChunks((indent, sink) => writeAnalysisJson(result, indent, sink));
  } else {
    const summary = `${document.title}: ${severitySummary(counts, ', ')} · ${formatMoney(result.cost.total)}/month`;
    printData(result.issues.length ? `${summary}\n\n${issuesText(result.issues)}` : `${summary}\nNo issues: an examiner would accept this design.`);
  }
  if (counts.error > 0) process.exitCode = EXIT_DESIGN_ERRORS;
}
