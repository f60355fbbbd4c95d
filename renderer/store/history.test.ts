import { describe, expect, it } from 'vitest';
import { emptyHistory, record, redo, seal, undo, type History } from './history';

function apply(history: History<number>, previous: number, key: string | undefined, now: number) {
  return record(history, previous, { coalesceKey: key, now });
}

describe('history', () => {
  it('records one step per uncoalesced change and undoes/redoes them in order', () => {
    let h = emptyHistory<number>();
    h = apply(h, 0, undefined, 0);
    h = apply(h, 1, undefined, 10);
    expect(h.past).toEqual([0, 1]);
    const u1 = undo(h, 2)!;
    expect(u1.value).toBe(1);
    const u2 = undo(u1.history, u1.value)!;
    expect(u2.value).toBe(0);
    expect(undo(u2.history, u2.value)).toBeNull();
    const r1 = redo(u2.history, u2.value)!;
    expect(r1.value).toBe(1);
    const r2 = redo(r1.history, r1.value)!;
    expect(r2.value).toBe(2);
    expect(redo(r2.history, r2.value)).toBeNull();
  });

  it('coalesces a continuous drag (same key, recent) into one step', () => {
    let h = emptyHistory<number>();
    for (let i = 0; i < 50; i++) h = apply(h, i, 'drag:1', i * 16);
    expect(h.past).toEqual([0]);
    const u = undo(h, 50)!;
    expect(u.value).toBe(0);
  });

  it('starts a new step when the key changes or the pause is long', () => {
    let h = emptyHistory<number>();
    h = apply(h, 0, 'param:a', 0);
    h = apply(h, 1, 'param:a', 100);
    h = apply(h, 2, 'param:b', 200);
    expect(h.past).toEqual([0, 2]);
    h = apply(h, 3, 'param:b', 5000);
    expect(h.past).toEqual([0, 2, 3]);
  });

  it('does not coalesce across an undo or a seal', () => {
    let h = emptyHistory<number>();
    h = apply(h, 0, 'k', 0);
    h = apply(h, 1, 'k', 10);
    const u = undo(h, 2)!;
    h = apply(u.history, u.value, 'k', 20);
    expect(h.past).toEqual([0]);
    expect(h.future).toEqual([]);
    h = seal(h);
    h = apply(h, 5, 'k', 30);
    expect(h.past).toEqual([0, 5]);
  });

  it('a new change clears the redo stack', () => {
    let h = emptyHistory<number>();
    h = apply(h, 0, undefined, 0);
    const u = undo(h, 1)!;
    expect(u.history.future).toEqual([1]);
    h = apply(u.history, u.value, undefined, 10);
    expect(h.future).toEqual([]);
  });

  it('caps the history', () => {
    let h = emptyHistory<number>();
    for (let i = 0; i < 250; i++) h = record(h, i, { now: i, cap: 200 });
    expect(h.past.length).toBe(200);
    expect(h.past[0]).toBe(50);
  });
});
