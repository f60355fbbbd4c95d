import { describe, expect, it } from 'vitest';
import { hiddenLabels, type LabelCandidate } from './labelCollisions';

const label = (id: string, x: number, y: number, extra: Partial<LabelCandidate> = {}): LabelCandidate => ({ id, box: { x, y, width: 60, height: 20 }, severity: 2, rate: 1, ...extra });

describe('edge labels that would collide', () => {
  it('keep apart: of two overlapping labels the one carrying less data hides', () => {
    expect([...hiddenLabels([label('a', 0, 0, { rate: 0.5 }), label('b', 30, 10, { rate: 2 })], [])]).toEqual(['a']);
  });

  it('an edge a rule names keeps its label (errors before warnings before rate); equal ones go by id', () => {
    expect([...hiddenLabels([label('a', 0, 0, { rate: 9 }), label('b', 10, 0, { severity: 1 })], [])]).toEqual(['a']);
    expect([...hiddenLabels([label('w', 0, 0, { severity: 1 }), label('e', 10, 0, { severity: 0 })], [])]).toEqual(['w']);
    expect([...hiddenLabels([label('z', 0, 0), label('m', 10, 0)], [])]).toEqual(['z']);
  });

  it('a label over a node hides whatever it carries; labels apart (and across grid cells) all show', () => {
    expect([...hiddenLabels([label('a', 100, 100, { severity: 0, rate: 100 })], [{ x: 120, y: 90, width: 200, height: 72 }])]).toEqual(['a']);
    expect(hiddenLabels([label('a', 0, 0), label('b', 70, 0), label('c', 250, 240), label('d', 250, 270)], [{ x: 0, y: 40, width: 200, height: 72 }]).size).toBe(0);
  });

  it('a hidden label frees its place: a third label it would have blocked shows', () => {
    // b loses to a; c overlaps only b, so it shows.
    const hidden = hiddenLabels([label('a', 0, 0, { rate: 3 }), label('b', 50, 0, { rate: 2 }), label('c', 100, 0, { rate: 1 })], []);
    expect([...hidden]).toEqual(['b']);
  });

  it('takes about a millisecond for a thousand labels among a thousand nodes', () => {
    const nodes = Array.from({ length: 1000 }, (_, k) => ({ x: (k % 40) * 260, y: Math.floor(k / 40) * 150, width: 200, height: 72 }));
    // Two labels in each gap below a card, overlapping: one of each pair hides.
    const labels = Array.from({ length: 1000 }, (_, k) => {
      const gap = Math.floor(k / 2);
      return label(`e${k}`, (gap % 40) * 260 + 20 + (k % 2) * 30, Math.floor(gap / 40) * 150 + 100, { rate: k % 2 });
    });
    const start = performance.now();
    const hidden = hiddenLabels(labels, nodes);
    const took = performance.now() - start;
    expect(hidden.size).toBe(500);
    expect([...hidden].every((id) => Number(id.slice(1)) % 2 === 0)).toBe(true);
    expect(took).toBeLessThan(50);
  });
});
