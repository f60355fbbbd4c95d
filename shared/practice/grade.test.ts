import { describe, expect, it } from 'vitest';
import { applyOps } from '../model/applyOps';
import { design } from '../model/builder';
import { SCENARIOS, scenarioById } from '../scenarios/index';
import { gradeDesign, referenceAnswer, starterDesign } from './grade';

const q1 = scenarioById('seed-q1')!;

describe('gradeDesign', () => {
  it.each(SCENARIOS.map((s) => [s.id, s] as const))('%s: the reference answer passes and the empty starter fails', (_id, scenario) => {
    expect(gradeDesign(scenario, referenceAnswer(scenario)).verdict).toBe('pass');
    const starter = gradeDesign(scenario, starterDesign(scenario));
    expect(starter.verdict).toBe('fail');
    expect(starter.checks.some((check) => !check.met)).toBe(true);
  });

  it('passes a correct design that differs from the reference (Q1 with an HTTP API in front of DynamoDB)', () => {
    const mine = design({
      title: 'My Q1',
      nodes: [
        { id: 'h', service: 'source', params: { rateMode: 'volume', gbPerHour: 2 } },
        { id: 'f', service: 'firehose' },
        { id: 'l', service: 's3' },
        { id: 't', service: 'sagemaker-training', params: { purchase: 'spot', instanceType: 'ml.g4dn.xlarge', durationHours: 6, deadlineHours: 72, maxWaitHours: 72, runsPerMonth: 4.35 } },
        { id: 'd', service: 'dynamodb', params: { latencyTargetMs: 50 } },
        { id: 'api', service: 'api-gateway', params: { apiType: 'http', readsPerSecond: 20 } },
        { id: 'app', service: 'client' },
      ],
      flows: ['h>f>l>t>d>api>app'],
    });
    const grade = gradeDesign(q1, mine);
    expect(grade.verdict).toBe('pass');
    expect(grade.summary).toContain('Accepted');
    expect(grade.summary).toContain('$112.05 for the reference answer');
    expect(grade.referenceTotal).toBeCloseTo(112.05, 2);
  });

  it('fails a design that misses a need, naming it (Q1 without a serving store)', () => {
    const answer = referenceAnswer(q1);
    const withoutServing = applyOps(answer, [{ op: 'removeNode', node: 'serve' }]);
    const grade = gradeDesign(q1, withoutServing);
    expect(grade.verdict).toBe('fail');
    const unmet = grade.checks.filter((check) => !check.met);
    expect(unmet.map((check) => check.text)).toEqual(['Predictions served under 50 ms']);
    expect(unmet[0]!.detail).toBe('Nothing connected serves reads.');
  });

  it('judges under the scenario’s needs, not the learner’s own (Q2 replay stays required)', () => {
    const q2 = scenarioById('seed-q2')!;
    const optionA = q2.options.find((o) => o.key === 'A')!.document;
    const relaxed = { ...optionA, needs: { ...optionA.needs, replayHours: 0 } };
    const grade = gradeDesign(q2, relaxed);
    expect(grade.errors.map((issue) => issue.rule)).toContain('replay-needs-stream');
    expect(grade.verdict).toBe('fail');
  });

  it('says "works, but" for a design with warnings only (Q1 B)', () => {
    const grade = gradeDesign(q1, q1.options.find((o) => o.key === 'B')!.document);
    expect(grade.verdict).toBe('pass-with-warnings');
    expect(grade.warnings.map((issue) => issue.rule)).toEqual(['kds-single-consumer']);
  });
});
