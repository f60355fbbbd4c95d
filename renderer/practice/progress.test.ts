import { describe, expect, it } from 'vitest';
import type { PracticeProgress } from '../../shared/ipc/contract';
import { describeLastAttempt, describeWhen, recordAttempt, statusOf, summarise } from './progress';

const at = new Date('2026-11-03T10:00:00.000Z');

describe('practice progress', () => {
  it('records a first answer with its mode, choice and time, without touching the old object', () => {
    const before: PracticeProgress = {};
    const after = recordAttempt(before, 'seed-q3', { mode: 'answer', correct: true, at, choice: 'B' });
    expect(before).toEqual({});
    expect(after).toEqual({
      'seed-q3': { answered: true, correct: true, lastAttemptAt: '2026-11-03T10:00:00.000Z', lastMode: 'answer', attempts: 1, lastChoice: 'B' },
    });
  });

  it('lets the last attempt decide "correct", counts attempts and keeps only the fields of its mode', () => {
    let progress = recordAttempt({}, 'seed-q1', { mode: 'answer', correct: true, at, choice: 'C' });
    progress = recordAttempt(progress, 'seed-q1', { mode: 'build', correct: false, at: new Date(at.getTime() + 60_000), verdict: 'fail' });
    expect(progress['seed-q1']).toEqual({ answered: true, correct: false, lastAttemptAt: '2026-11-03T10:01:00.000Z', lastMode: 'build', attempts: 2, lastVerdict: 'fail' });
    progress = recordAttempt(progress, 'seed-q1', { mode: 'build', correct: true, at, verdict: 'pass' });
    expect(progress['seed-q1']).toMatchObject({ correct: true, attempts: 3, lastVerdict: 'pass' });
  });

  it('leaves other scenarios alone', () => {
    const one = recordAttempt({}, 'seed-q1', { mode: 'answer', correct: false, at, choice: 'A' });
    const two = recordAttempt(one, 'seed-q2', { mode: 'answer', correct: true, at, choice: 'B' });
    expect(two['seed-q1']).toBe(one['seed-q1']);
  });

  it('summarises answered and correct over the scenarios that exist', () => {
    let progress = recordAttempt({}, 'seed-q1', { mode: 'answer', correct: true, at, choice: 'C' });
    progress = recordAttempt(progress, 'seed-q2', { mode: 'answer', correct: false, at, choice: 'A' });
    progress = recordAttempt(progress, 'retired-question', { mode: 'answer', correct: true, at, choice: 'A' });
    expect(summarise(progress, ['seed-q1', 'seed-q2', 'seed-q3'])).toEqual({ total: 3, answered: 2, correct: 1 });
    expect(summarise({}, ['seed-q1'])).toEqual({ total: 1, answered: 0, correct: 0 });
    // Inherited names are not records.
    expect(summarise({}, ['constructor', 'toString'])).toEqual({ total: 2, answered: 0, correct: 0 });
  });

  it('gives each scenario a status; a built design with warnings "works" but is not correct', () => {
    expect(statusOf(undefined)).toBe('new');
    const base = { answered: true, lastAttemptAt: at.toISOString(), attempts: 1 };
    expect(statusOf({ ...base, correct: true, lastMode: 'answer' })).toBe('correct');
    expect(statusOf({ ...base, correct: false, lastMode: 'answer' })).toBe('wrong');
    expect(statusOf({ ...base, correct: false, lastMode: 'build', lastVerdict: 'pass-with-warnings' })).toBe('works');
    expect(statusOf({ ...base, correct: false, lastMode: 'build', lastVerdict: 'fail' })).toBe('wrong');
  });

  it('says when, in words', () => {
    const iso = at.toISOString();
    const later = (ms: number) => new Date(at.getTime() + ms);
    expect(describeWhen(iso, later(20_000))).toBe('just now');
    expect(describeWhen(iso, later(5 * 60_000))).toBe('5 min ago');
    expect(describeWhen(iso, later(3 * 3_600_000 + 1))).toBe('3 h ago');
    expect(describeWhen(iso, later(30 * 3_600_000))).toBe('yesterday');
    expect(describeWhen(iso, later(4 * 86_400_000))).toBe('4 days ago');
    expect(describeWhen(iso, later(40 * 86_400_000))).toMatch(/^[0-9]{1,2} Nov 2026$/);
    expect(describeWhen('not a date', at)).toBe('at an unknown time');
  });

  it('describes the last attempt with its mode and the number of attempts', () => {
    expect(describeLastAttempt(undefined, at)).toBe('Not tried yet');
    const progress = recordAttempt(recordAttempt({}, 'q', { mode: 'answer', correct: true, at, choice: 'A' }), 'q', { mode: 'build', correct: true, at, verdict: 'pass' });
    expect(describeLastAttempt(progress['q'], new Date(at.getTime() + 120_000))).toBe('Built 2 min ago · 2 attempts');
    expect(describeLastAttempt(recordAttempt({}, 'q', { mode: 'answer', correct: true, at, choice: 'A' })['q'], at)).toBe('Answered just now · 1 attempt');
  });
});
