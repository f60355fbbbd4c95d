import { describe, expect, it } from 'vitest';
import { SERVICES, SERVICE_IDS, canConnect, connectionRefusal, defaultParams, isParamActive, paramSpec } from './index';
import { paramValueProblem } from './paramValidation';

describe('the service catalog', () => {
  it('has exactly the ids the file format and the CLI use, in palette order', () => {
    expect(SERVICES.map((s) => s.id).sort()).toEqual([...SERVICE_IDS].sort());
  });

  it.each(SERVICES.map((s) => [s.id, s] as const))('%s: parameter keys are unique and defaults are valid', (_id, service) => {
    const keys = service.params.map((p) => p.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const spec of service.params) {
      if (!spec.optional) expect(paramValueProblem(spec, spec.default)).toBeUndefined();
      expect(paramSpec(service.id, spec.key)).toBe(spec);
    }
    expect(Object.keys(defaultParams(service.id))).toEqual(service.params.filter((p) => !p.optional).map((p) => p.key));
  });

  it.each(SERVICES.map((s) => [s.id, s] as const))('%s: every shownWhen names an enum parameter of the service and one of its options', (_id, service) => {
    for (const spec of service.params) {
      if (spec.shownWhen === undefined) continue;
      const condition = paramSpec(service.id, spec.shownWhen.key);
      expect(condition?.kind, `${spec.key} shown by ${spec.shownWhen.key}`).toBe('enum');
      const values = typeof spec.shownWhen.equals === 'string' ? [spec.shownWhen.equals] : spec.shownWhen.equals;
      expect(values.length, spec.key).toBeGreaterThan(0);
      for (const value of values) expect(condition?.kind === 'enum' && condition.options.includes(value), `${spec.key}: ${value}`).toBe(true);
    }
  });

  it('shows a source only the fields of its rate mode', () => {
    const shown = (params: Record<string, string>) => SERVICES.find((s) => s.id === 'source')!.params.filter((spec) => isParamActive('source', spec, params)).map((spec) => spec.key);
    expect(shown({})).toEqual(['rateMode', 'eventsPerSecond', 'bytesPerEvent']);
    expect(shown({ rateMode: 'volume' })).toEqual(['rateMode', 'gbPerHour']);
  });

  it('shows an endpoint only the fields of its inference mode (a condition may name several values)', () => {
    const shown = (params: Record<string, string>) => SERVICES.find((s) => s.id === 'sagemaker-endpoint')!.params.filter((spec) => isParamActive('sagemaker-endpoint', spec, params)).map((spec) => spec.key);
    expect(shown({})).toEqual(['inferenceMode', 'instanceType', 'instanceCount', 'maxInstances', 'multiModel', 'modelCount', 'trafficPattern', 'requestsPerSecond', 'payloadMb', 'processingSeconds', 'latencyTargetMs']);
    expect(shown({ inferenceMode: 'serverless' })).toEqual(['inferenceMode', 'instanceType', 'memoryMb', 'maxConcurrency', 'trafficPattern', 'requestsPerSecond', 'payloadMb', 'processingSeconds', 'latencyTargetMs']);
    expect(shown({ inferenceMode: 'asynchronous' })).toEqual(['inferenceMode', 'instanceType', 'minInstances', 'maxInstances', 'requestsPerSecond', 'payloadMb', 'processingSeconds', 'latencyTargetMs']);
    expect(shown({ inferenceMode: 'batch-transform' })).toEqual(['inferenceMode', 'instanceType', 'instanceCount', 'hoursPerRun', 'runsPerMonth', 'latencyTargetMs']);
  });

  it('lets an endpoint read objects from S3 only (Batch Transform and asynchronous input)', () => {
    expect(canConnect('s3', 'sagemaker-endpoint')).toBe(true);
    expect(canConnect('glue-etl', 'sagemaker-endpoint')).toBe(false);
  });

  it('refuses Firehose → endpoint with a sentence, and allows Firehose → S3', () => {
    expect(canConnect('firehose', 'sagemaker-endpoint')).toBe(false);
    expect(connectionRefusal('firehose', 'sagemaker-endpoint')).toBe('SageMaker Inference reads objects (files) only from S3; otherwise it takes a trained model, queries or features, and Firehose sends objects (files).');
    expect(canConnect('firehose', 's3')).toBe(true);
    expect(connectionRefusal('client', 's3')).toBe('Client is a sink: nothing flows out of it.');
  });
});
