import { describe, expect, it } from 'vitest';
import { SERVICES, defaultParams } from '../catalog';
import { emptyDocument } from '../model/document';
import { parseDocument } from './load';
import { isValidParamValue } from '../catalog/paramValidation';
import { describeSpec } from './params';
import { serializeDocument } from './save';
import { expectOneProblem, problemsOf, sampleText } from './testFiles.testutil';

/** The sample file with node n2 (Kinesis Data Streams) given `params`. */
function withStreamParams(params: Record<string, unknown>) {
  return parseDocument(sampleText((file) => (file.nodes[1].params = params)));
}

describe('node params', () => {
  it('refuses a key that is not a parameter of the node service, naming the service', () => {
    expectOneProblem(
      withStreamParams({ shards: 2, bufferSeconds: 60 }),
      'nodes[1].params.bufferSeconds',
      'nodes[1].params.bufferSeconds is not a parameter of Amazon Kinesis Data Streams (its parameters are mode, shards, enhancedFanOut, retentionHours)',
    );
  });

  it('refuses whole-number params below the minimum, with the full range', () => {
    expectOneProblem(
      withStreamParams({ shards: -2 }),
      'nodes[1].params.shards',
      'nodes[1].params.shards must be a whole number from 1 to 10000, got -2',
    );
  });

  it('refuses fractions for whole-number params and values above the maximum', () => {
    expect(problemsOf(withStreamParams({ shards: 1.5, retentionHours: 8761 }))).toEqual([
      { path: 'nodes[1].params.retentionHours', message: 'nodes[1].params.retentionHours must be a whole number from 24 to 8760, got 8761' },
      { path: 'nodes[1].params.shards', message: 'nodes[1].params.shards must be a whole number from 1 to 10000, got 1.5' },
    ]);
  });

  it('refuses enum values outside the options and non-booleans for flags', () => {
    expect(problemsOf(withStreamParams({ mode: 'fast', enhancedFanOut: 'true' }))).toEqual([
      { path: 'nodes[1].params.enhancedFanOut', message: 'nodes[1].params.enhancedFanOut must be true or false, got "true"' },
      { path: 'nodes[1].params.mode', message: 'nodes[1].params.mode must be one of "provisioned", "on-demand", got "fast"' },
    ]);
  });

  it('refuses numbers given as text, null, and non-finite numbers', () => {
    expect(problemsOf(withStreamParams({ shards: '2', retentionHours: null }))).toEqual([
      { path: 'nodes[1].params.retentionHours', message: 'nodes[1].params.retentionHours must be a whole number from 24 to 8760, got null' },
      { path: 'nodes[1].params.shards', message: 'nodes[1].params.shards must be a whole number from 1 to 10000, got "2"' },
    ]);
    const text = sampleText().replace('"shards":2', '"shards":1e999');
    expectOneProblem(parseDocument(text), 'nodes[1].params.shards', /got Infinity$/);
  });

  it('accepts fractional values for params that allow them, at the bounds', () => {
    const result = parseDocument(
      sampleText((file) => {
        file.nodes.push({
          id: 'n3',
          service: 'glue-etl',
          position: { x: 0, y: 0 },
          params: { dpus: 2, hoursPerRun: 0.01, runsPerMonth: 100_000 },
        });
      }),
    );
    expect(result.ok).toBe(true);
    expectOneProblem(
      parseDocument(
        sampleText((file) => {
          file.nodes.push({ id: 'n3', service: 'glue-etl', position: { x: 0, y: 0 }, params: { hoursPerRun: 0.009 } });
        }),
      ),
      'nodes[2].params.hoursPerRun',
      'nodes[2].params.hoursPerRun must be a number from 0.01 to 720, got 0.009',
    );
  });

  it('still checks params when other fields of the node are broken', () => {
    const problems = problemsOf(
      parseDocument(
        sampleText((file) => {
          file.nodes[1].label = 7;
          file.nodes[1].params.shards = 0;
        }),
      ),
    );
    expect(problems.map((problem) => problem.path)).toEqual(['nodes[1].label', 'nodes[1].params.shards']);
  });

  it('describes each kind of spec', () => {
    expect(describeSpec({ kind: 'number', key: 'k', label: '', help: '', unit: '', default: 1, min: 1, max: 5, integer: true })).toBe(
      'a whole number from 1 to 5',
    );
    expect(describeSpec({ kind: 'boolean', key: 'k', label: '', help: '', default: false })).toBe('true or false');
    expect(describeSpec({ kind: 'enum', key: 'k', label: '', help: '', default: 'a', options: ['a', 'b'] })).toBe('one of "a", "b"');
    expect(isValidParamValue({ kind: 'number', key: 'k', label: '', help: '', unit: '', default: 1, min: 0, max: 1 }, Number.NaN)).toBe(false);
  });
});

describe('the catalog and the format agree', () => {
  it.each(SERVICES.map((service) => [service.id]))('a %s node with default params loads and round-trips', (service) => {
    const document = emptyDocument('Every service');
    document.nodes.push({ id: 'a', service, label: '', position: { x: 0, y: 0 }, params: defaultParams(service) });
    const result = parseDocument(serializeDocument(document));
    expect(result).toEqual({ ok: true, document });
  });
});
