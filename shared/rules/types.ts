import type { AnalysisContext } from '../analysis/context';
import type { Fix, Issue, Severity } from '../analysis/types';
import type { ServiceId } from '../catalog/serviceIds';
import type { ExamTags } from '../exam/taskStatements';

export type RuleFamily = 'ingestion' | 'training' | 'serving' | 'graph';

/** A rule; `Id` is its id as a literal, so the registry can derive the `RuleId` union. */
export interface Rule<Id extends string = string> {
  id: Id;
  family: RuleFamily;
  /** The severity it usually has (some rules raise it, e.g. Spot risk on critical work). */
  severity: Severity;
  /** When it fires, one sentence (the README's rule list is generated from this). */
  firesWhen: string;
  /** The exam rationale shown as the issue's "why". */
  why: string;
  /** The exam task statements this rule trains (MLS-C01 and MLA-C01), e.g. 'MLA-C01 1.1'. */
  exam: ExamTags;
  /**
   * The services whose nodes the rule looks at, when it looks at no others: the engine does not run it
   * on a design without any of them (read them with `nodesOf`). Leave it out when the rule reads the
   * whole graph or fires on an absence.
   */
  services?: readonly ServiceId[];
  check(ctx: AnalysisContext): Issue<Id>[];
}

/**
 * Declares a rule, keeping its id as a literal type (`RuleId` in the registry is built from these).
 * `ThisType` makes `this` inside `check` the rule with its id already inferred, for `issueOf(this, …)`.
 */
export function defineRule<const Id extends string>(rule: Rule<Id> & ThisType<Rule<Id>>): Rule<Id> {
  return rule;
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
export function issueOf<Id extends string>(rule: Rule<Id>, spec: IssueSpec): Issue<Id> {
  const issue: Issue<Id> = {
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
