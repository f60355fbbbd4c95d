import type { Severity } from '../analysis/types';
import { countOf } from './numbers';

/** Issue severities, worst first: the order issues are sorted and summarised in. */
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'tip'];

/** Lower is worse. */
export const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, tip: 2 };

export const SEVERITY_LABEL: Record<Severity, string> = { error: 'Error', warning: 'Warning', tip: 'Tip' };

/** True when `severity` is worse than `than` (or there is nothing to compare with). */
export function isWorse(severity: Severity, than: Severity | undefined): boolean {
  return than === undefined || SEVERITY_RANK[severity] < SEVERITY_RANK[than];
}

/** "1 error · 2 warnings · 0 tips"; with `skipNone`, only the severities that occur ("1 error, 2 warnings"). */
export function severitySummary(counts: Readonly<Record<Severity, number>>, separator: string, skipNone = false): string {
  return SEVERITIES.filter((severity) => !skipNone || counts[severity] > 0)
    .map((severity) => countOf(counts[severity], severity))
    .join(separator);
}
