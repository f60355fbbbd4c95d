import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Issue } from '../analysis/types';
import type { Scenario } from '../scenarios/types';
import { issuesOf, pipeline } from './fixtures.testutil';
import type { RuleId } from './registry';

/* Compile-time checks, run by `tsc -p tsconfig.json`: each `@ts-expect-error` line must be a type error. */

describe('RuleId', () => {
  it('is the union of the registry’s literal ids, not string', () => {
    expectTypeOf<RuleId>().not.toEqualTypeOf<string>();
    expectTypeOf<'kds-under-provisioned'>().toExtend<RuleId>();
    expectTypeOf<Issue['rule']>().toEqualTypeOf<RuleId>();
    expectTypeOf<Scenario['decidingRules']>().toEqualTypeOf<RuleId[]>();
  });

  it('rejects a misspelt rule id in tests and scenarios', () => {
    const doc = pipeline([{ id: 's', service: 'source' }], []);
    expect(issuesOf(doc, 'no-source')).toHaveLength(0);
    // @ts-expect-error misspelt rule id
    expect(issuesOf(doc, 'no-sources')).toHaveLength(0);
    // @ts-expect-error misspelt rule id
    const deciding: Scenario['decidingRules'] = ['kds-underprovisioned'];
    expect(deciding).toHaveLength(1);
  });
});
