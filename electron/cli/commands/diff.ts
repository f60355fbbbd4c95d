import { diffDocuments, type DocumentDiff } from '../../../shared/diff/diffDocuments';
import { formatMoney, roundCents } from '../../../shared/util/numbers';
import { printData, printJson } from '../output';
import { readDocument } from '../readDocument';
import { oneLine } from '../terminalText';

const signed = (amount: number): string => (amount >= 0 ? `+${formatMoney(amount)}` : formatMoney(amount));

function diffText(diff: DocumentDiff): string {
  const lines: string[] = [];
  for (const node of diff.added) lines.push(`+ node ${node.id} (${node.service}) "${node.label}"`);
  for (const node of diff.removed) lines.push(`- node ${node.id} (${node.service}) "${node.label}"`);
  for (const change of diff.changed) {
    if (change.beforeId !== undefined) lines.push(`~ node ${change.id}: was ${change.beforeId}`);
    if (change.serviceBefore) lines.push(`~ node ${change.id}: ${change.serviceBefore} → ${change.serviceAfter}`);
    if (change.labelBefore !== undefined) lines.push(`~ node ${change.id}: label "${change.labelBefore}" → "${change.label}"`);
    for (const param of change.params) lines.push(`~ node ${change.id}: ${param.key} ${String(param.before ?? '(unset)')} → ${String(param.after ?? '(unset)')}`);
  }
  for (const edge of diff.edgesAdded) lines.push(`+ edge ${edge.source} → ${edge.target}`);
  for (const edge of diff.edgesRemoved) lines.push(`- edge ${edge.source} → ${edge.target}`);
  for (const need of diff.needsChanged) lines.push(`~ needs.${need.key}: ${String(need.before ?? '(unset)')} → ${String(need.after ?? '(unset)')}`);
  if (lines.length === 0) lines.push('No changes to the design.');
  lines.push('', 'Cost per node:');
  for (const line of diff.cost) lines.push(`  ${line.label.padEnd(28)} ${formatMoney(line.before).padStart(11)} → ${formatMoney(line.after).padStart(11)}  ${signed(line.delta)}`);
  lines.push(`  ${'Total'.padEnd(28)} ${formatMoney(diff.totalBefore).padStart(11)} → ${formatMoney(diff.totalAfter).padStart(11)}  ${signed(diff.totalAfter - diff.totalBefore)}/month`);
  lines.push('', 'Issues:');
  for (const issue of diff.issuesResolved) lines.push(`  resolved    ${issue.severity} ${issue.rule}: ${issue.message}`);
  for (const issue of diff.issuesIntroduced) lines.push(`  introduced  ${issue.severity} ${issue.rule}: ${issue.message}`);
  if (diff.issuesResolved.length + diff.issuesIntroduced.length === 0) lines.push('  unchanged');
  return lines.map(oneLine).join('\n');
}

export async function diffCommand(fileA: string, fileB: string, options: { json?: boolean }): Promise<void> {
  const [before, after] = await Promise.all([readDocument(fileA), readDocument(fileB)]);
  const diff = diffDocuments(before, after);
  if (!options.json) {
    printData(diffText(diff));
    return;
  }
  const brief = (issue: { rule: string; severity: string; nodes: string[]; message: string }) => ({ rule: issue.rule, severity: issue.severity, nodes: issue.nodes, message: issue.message });
  printJson({
    added: diff.added.map((n) => ({ id: n.id, service: n.service, label: n.label })),
    removed: diff.removed.map((n) => ({ id: n.id, service: n.service, label: n.label })),
    changed: diff.changed,
    edgesAdded: diff.edgesAdded,
    edgesRemoved: diff.edgesRemoved,
    needsChanged: diff.needsChanged,
    cost: {
      totalBefore: roundCents(diff.totalBefore),
      totalAfter: roundCents(diff.totalAfter),
      delta: roundCents(diff.totalAfter - diff.totalBefore),
      nodes: diff.cost.map((line) => ({ ...line, before: roundCents(line.before), after: roundCents(line.after), delta: roundCents(line.delta) })),
    },
    issues: { before: diff.issuesBefore.map(brief), after: diff.issuesAfter.map(brief), resolved: diff.issuesResolved.map(brief), introduced: diff.issuesIntroduced.map(brief) },
  });
}
