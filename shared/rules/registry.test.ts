import { describe, expect, it } from 'vitest';
import { RULES, type RuleId } from './registry';
import type { Severity } from '../analysis/types';
import type { RuleFamily } from './types';

/** The rule table of the reference (rules-and-prices.md §1), in its order: id, severity, section. */
const REFERENCE: ReadonlyArray<[id: RuleId, severity: Severity, family: RuleFamily]> = [
  ['firehose-multiple-consumers', 'error', 'ingestion'],
  ['firehose-latency', 'error', 'ingestion'],
  ['replay-needs-stream', 'error', 'ingestion'],
  ['kds-under-provisioned', 'error', 'ingestion'],
  ['kds-read-limit', 'warning', 'ingestion'],
  ['kds-over-provisioned', 'tip', 'ingestion'],
  ['kds-single-consumer', 'warning', 'ingestion'],
  ['msk-without-kafka-need', 'warning', 'ingestion'],
  ['kafka-need-without-msk', 'error', 'ingestion'],
  ['exactly-once-without-kafka', 'warning', 'ingestion'],
  ['msk-broker-count', 'error', 'ingestion'],
  ['kafka-streams-needs-kafka', 'error', 'ingestion'],
  // "error if critical, else warning": the rule's own severity is the warning.
  ['spot-buffer-too-small', 'warning', 'training'],
  ['spot-buffer-grey-zone', 'warning', 'training'],
  ['spot-hard-deadline', 'warning', 'training'],
  ['spot-short-job', 'tip', 'training'],
  ['spot-no-checkpointing', 'warning', 'training'],
  ['spot-max-wait', 'error', 'training'],
  ['spot-wait-past-deadline', 'warning', 'training'],
  ['on-demand-could-be-spot', 'tip', 'training'],
  ['training-without-data', 'error', 'training'],
  ['endpoint-without-model', 'error', 'training'],
  ['batch-for-real-time', 'error', 'training'],
  ['databrew-not-training', 'error', 'training'],
  ['serving-latency', 'error', 'serving'],
  ['serving-overkill', 'tip', 'serving'],
  ['invalid-connection', 'error', 'graph'],
  ['cycle', 'error', 'graph'],
  ['disconnected-node', 'warning', 'graph'],
  ['no-source', 'warning', 'graph'],
  ['budget-exceeded', 'error', 'graph'],
];

describe('RULES', () => {
  it('has 31 rules with unique ids', () => {
    const ids = RULES.map((rule) => rule.id);
    expect(ids).toHaveLength(31);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has exactly the reference table’s ids, in its order', () => {
    expect(new Set(RULES.map((rule) => rule.id))).toEqual(new Set(REFERENCE.map(([id]) => id)));
    expect(RULES.map((rule) => rule.id)).toEqual(REFERENCE.map(([id]) => id));
  });

  it('gives each rule the reference’s severity and section', () => {
    expect(RULES.map((rule) => [rule.id, rule.severity, rule.family])).toEqual(REFERENCE.map((row) => [...row]));
  });

  it('describes every rule: when it fires and why', () => {
    for (const rule of RULES) {
      expect(rule.firesWhen.length, rule.id).toBeGreaterThan(10);
      expect(rule.why.length, rule.id).toBeGreaterThan(40);
    }
  });
});
