import type { AnalysisContext } from '../analysis/context';
import type { Fix, Issue, Severity } from '../analysis/types';

export type RuleFamily = 'ingestion' | 'training' | 'serving' | 'graph';

export interface Rule {
  id: string;
  family: RuleFamily;
  /** The severity it usually has (some rules raise it, e.g. Spot risk on critical work). */
  severity: Severity;
  /** When it fires, one sentence (the README's rule list is generated from this). */
  firesWhen: string;
  /** The exam rationale shown as the issue's "why". */
  why: string;
  check(ctx: AnalysisContext): Issue[];
}

export interface IssueSpec {
  nodes?: string[];
  edges?: string[];
  message: string;
  severity?: Severity;
  why?: string;
  fix?: Fix;
}

/** Builds an issue of `rule`, defaulting severity and why to the rule's own. */
export function issueOf(rule: Rule, spec: IssueSpec): Issue {
  const issue: Issue = {
    rule: rule.id,
    severity: spec.severity ?? rule.severity,
    nodes: spec.nodes ?? [],
    edges: spec.edges ?? [],
    message: spec.message,
    why: spec.why ?? rule.why,
  };
  if (spec.fix) issue.fix = spec.fix;
  return issue;
}
