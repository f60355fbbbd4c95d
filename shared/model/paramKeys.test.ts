import { describe, expect, expectTypeOf, it } from 'vitest';
import type { EnumOption, NumberParamKey, ParamKey } from '../catalog/paramKeys';
import { design } from './builder';
import type { PipelineNode } from './document';
import { booleanParam, enumParam, isServiceNode, numberParam, optionalNumberParam } from './params';

/*
 * Compile-time checks, run by `tsc -p tsconfig.json`: each `@ts-expect-error` line must be a type
 * error (a misspelt key or one of the wrong kind), or the directive itself fails the type check.
 */

const plain: PipelineNode = design({ title: 'k', nodes: [{ id: 'k', service: 'kinesis-data-streams', params: { shards: 4 } }], flows: [] }).nodes[0]!;

describe('parameter keys derived from the catalog', () => {
  it('a plain node takes any key the catalog defines with that kind, and no misspelt one', () => {
    expect(numberParam(plain, 'shards')).toBe(4);
    // @ts-expect-error misspelt key
    expect(numberParam(plain, 'shard')).toBe(0);
    // @ts-expect-error 'mode' is an enum parameter, not a number
    numberParam(plain, 'mode');
    // @ts-expect-error misspelt key
    optionalNumberParam(plain, 'latencyTargetSecs');
    // @ts-expect-error misspelt key
    booleanParam(plain, 'enhancedFanout');
    // @ts-expect-error misspelt key
    enumParam(plain, 'capacityMod');
  });

  it("a node narrowed to its service takes only that service's keys", () => {
    expect(isServiceNode(plain, 'kinesis-data-streams')).toBe(true);
    expect(isServiceNode(plain, 'msk')).toBe(false);
    if (!isServiceNode(plain, 'kinesis-data-streams')) throw new Error('not a stream');
    expect(numberParam(plain, 'shards')).toBe(4);
    expect(numberParam(plain, 'retentionHours')).toBe(24);
    expect(booleanParam(plain, 'enhancedFanOut')).toBe(false);
    // @ts-expect-error 'brokers' is MSK's parameter, not Kinesis Data Streams'
    numberParam(plain, 'brokers');
    // @ts-expect-error 'purchase' belongs to SageMaker Training
    enumParam(plain, 'purchase');
  });

  it('enum reads are typed by their options', () => {
    if (!isServiceNode(plain, 'kinesis-data-streams')) throw new Error('not a stream');
    const mode = enumParam(plain, 'mode');
    expectTypeOf(mode).toEqualTypeOf<'provisioned' | 'on-demand' | ''>();
    expect(mode).toBe('provisioned');
    // @ts-expect-error a misspelt option can never match
    expect(mode === 'provisoned').toBe(false);
  });

  it('derives per-service key unions', () => {
    expectTypeOf<ParamKey<'kinesis-data-streams'>>().toEqualTypeOf<'mode' | 'shards' | 'enhancedFanOut' | 'retentionHours'>();
    expectTypeOf<NumberParamKey<'msk'>>().toExtend<NumberParamKey>();
    expectTypeOf<EnumOption<'sagemaker-training', 'purchase'>>().toEqualTypeOf<'on-demand' | 'spot'>();
  });
});
