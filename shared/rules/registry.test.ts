import { describe, expect, it } from 'vitest';
import { RULES, type RuleId } from './registry';
import type { Severity } from '../analysis/types';
import type { Rule, RuleFamily } from './types';

/** The rule table of the reference (rules-and-prices.md §1), in its order: id, severity, section. */
const REFERENCE: ReadonlyArray<[id: RuleId, severity: Severity, family: RuleFamily]> = [
  ['firehose-multiple-consumers', 'error', 'ingestion'],
  ['firehose-latency', 'error', 'ingestion'],
  ['replay-needs-stream', 'error', 'ingestion'],
  ['retention-shorter-than-replay', 'error', 'ingestion'],
  ['kds-under-provisioned', 'error', 'ingestion'],
  ['kds-read-limit', 'warning', 'ingestion'],
  ['kds-shared-read-latency', 'warning', 'ingestion'],
  ['kds-over-provisioned', 'tip', 'ingestion'],
  ['kds-single-consumer', 'warning', 'ingestion'],
  ['msk-without-kafka-need', 'warning', 'ingestion'],
  ['kafka-need-without-msk', 'error', 'ingestion'],
  ['exactly-once-without-kafka', 'warning', 'ingestion'],
  ['msk-broker-count', 'error', 'ingestion'],
  ['kafka-streams-needs-kafka', 'error', 'ingestion'],
  ['deadline-impossible', 'error', 'training'],
  ['firehose-destination-mismatch', 'error', 'ingestion'],
  // "error if critical, else warning or tip": the rule’s own severity is the warning.
  ['spot-buffer-too-small', 'warning', 'training'],
  // "warning if critical, else tip".
  ['spot-buffer-grey-zone', 'warning', 'training'],
  ['spot-hard-deadline', 'warning', 'training'],
  ['spot-short-job', 'tip', 'training'],
  ['spot-no-checkpointing', 'warning', 'training'],
  ['spot-max-wait', 'error', 'training'],
  ['spot-max-wait-no-headroom', 'warning', 'training'],
  ['spot-wait-past-deadline', 'warning', 'training'],
  ['on-demand-could-be-spot', 'tip', 'training'],
  ['training-without-data', 'error', 'training'],
  ['endpoint-without-model', 'error', 'training'],
  ['batch-for-real-time', 'error', 'training'],
  ['freshness-through-batch', 'error', 'training'],
  ['databrew-not-training', 'error', 'training'],
  ['file-mode-large-dataset', 'warning', 'training'],
  ['glue-job-type-mismatch', 'error', 'training'],
  ['glue-streaming-for-batch', 'warning', 'training'],
  ['pipelines-step-unsupported', 'warning', 'training'],
  ['serving-latency', 'error', 'serving'],
  ['serving-overkill', 'tip', 'serving'],
  ['precomputed-needs-request-time', 'error', 'serving'],
  ['realtime-payload-limits', 'error', 'serving'],
  ['async-limits', 'error', 'serving'],
  ['batch-cannot-answer', 'error', 'serving'],
  ['always-on-for-batch-scoring', 'warning', 'serving'],
  ['serverless-fits', 'tip', 'serving'],
  ['serverless-unfit', 'error', 'serving'],
  ['one-endpoint-per-model', 'warning', 'serving'],
  ['single-instance-endpoint', 'warning', 'serving'],
  ['features-offline-for-realtime', 'error', 'serving'],
  ['feature-skew', 'warning', 'serving'],
  ['model-monitor-without-endpoint', 'error', 'serving'],
  ['invalid-connection', 'error', 'graph'],
  ['cycle', 'error', 'graph'],
  ['disconnected-node', 'warning', 'graph'],
  ['no-source', 'warning', 'graph'],
  ['budget-exceeded', 'error', 'graph'],
];

/** Every rule module (one rule per file, in its family's folder) and every rule test, as the repository has them. */
const ruleModules = import.meta.glob<Record<string, unknown>>(['./{graph,ingestion,serving,training}/*.ts', '!./**/*.test.ts'], { eager: true });
const ruleTests = import.meta.glob<string>('./{graph,ingestion,serving,training}/*.test.ts', { eager: true, query: '?raw', import: 'default' });

const isRule = (value: unknown): value is Rule =>
  typeof value === 'object' && value !== null && typeof (value as Rule).id === 'string' && typeof (value as Rule).check === 'function';

/** Each rule object exported by a rule module, with the file it comes from. */
const definedRules = Object.entries(ruleModules).flatMap(([file, module]) =>
  Object.values(module)
    .filter(isRule)
    .map((rule) => ({ file, rule })),
);

const duplicates = (values: readonly string[]): string[] => [...new Set(values.filter((value, k) => values.indexOf(value) !== k))];

describe('RULES', () => {
  it('gives every rule its own id', () => {
    expect(duplicates(RULES.map((rule) => rule.id))).toEqual([]);
    for (const rule of RULES) expect(rule.id, rule.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it('has exactly the reference table’s ids, in its order', () => {
    expect(RULES.map((rule) => rule.id)).toEqual(REFERENCE.map(([id]) => id));
  });

  it('gives each rule the reference’s severity and section', () => {
    expect(RULES.map((rule) => [rule.id, rule.severity, rule.family])).toEqual(REFERENCE.map((row) => [...row]));
  });

  it('registers every rule file: no rule is written and forgotten, none registered twice', () => {
    expect(definedRules.length).toBeGreaterThan(0);
    const registered = new Set<Rule<string>>(RULES);
    expect(definedRules.filter(({ rule }) => !registered.has(rule)).map(({ file }) => file)).toEqual([]);
    expect(duplicates(definedRules.map(({ rule }) => rule.id))).toEqual([]);
    expect(new Set(definedRules.map(({ rule }) => rule))).toEqual(registered);
  });

  it('keeps each rule in the folder of its family', () => {
    for (const { file, rule } of definedRules) expect(file, rule.id).toMatch(new RegExp(`^\\./${rule.family}/`));
  });

  it('has a test file beside every rule, naming it, with a case that makes it fire and one that keeps it quiet', () => {
    for (const { file, rule } of definedRules) {
      const testFile = file.replace(/\.ts$/, '.test.ts');
      const source = ruleTests[testFile];
      expect(source, `${testFile} (tests of ${rule.id})`).toBeDefined();
      expect(/^const RULE = '([^']+)';$/m.exec(source ?? '')?.[1], testFile).toBe(rule.id);
      // Fires: the one issue (theIssue), or issues it maps over or counts.
      expect(source, `${testFile} makes ${rule.id} fire`).toMatch(/theIssue\([^;]*RULE\)|issuesOf\([^;]*RULE\)\)?\.(map|toHaveLength\([1-9])/);
      // Quiet: no issue of the rule on a design that must pass.
      expect(source, `${testFile} keeps ${rule.id} quiet`).toMatch(/issuesOf\([^;]*RULE\)\)\.toEqual\(\[\]\)/);
    }
  });

  it('describes every rule: when it fires, as one table cell, and why, in its own sentences', () => {
    for (const rule of RULES) {
      // The README table cell (generated): a phrase with no line break, no cell separator, no final period.
      expect(rule.firesWhen, rule.id).toMatch(/^[^\s|][^\n|]*[^\s.|]$/);
      // The "why": whole sentences.
      expect(rule.why, rule.id).toMatch(/^[A-Z][^\n]*[.)]$/);
      expect(rule.why, rule.id).not.toContain(rule.firesWhen);
    }
    expect(duplicates(RULES.map((rule) => rule.why))).toEqual([]);
    expect(duplicates(RULES.map((rule) => rule.firesWhen))).toEqual([]);
  });
});
