import { describe, expect, it } from 'vitest';
import { nearbyBoxes, snapToGuides } from './alignGuides';

describe('snapToGuides', () => {
  const other = { x: 0, y: 0, width: 100, height: 60 };

  it('snaps a left edge within the threshold onto a neighbour’s left edge and shows the line', () => {
    const snap = snapToGuides({ x: 4, y: 200, width: 100, height: 60 }, [other], 6);
    expect(snap.dx).toBe(-4);
    expect(snap.dy).toBe(0);
    expect(snap.vertical).toEqual([0, 50, 100]);
    expect(snap.horizontal).toEqual([]);
  });

  it('snaps centres to centres on both axes', () => {
    const snap = snapToGuides({ x: 300, y: 13, width: 40, height: 40 }, [other], 6);
    // Middle 33 → 30.
    expect(snap.dy).toBe(-3);
    expect(snap.horizontal).toEqual([30]);
    expect(snap.dx).toBe(0);
  });

  it('leaves a box far from every line where it is', () => {
    expect(snapToGuides({ x: 230, y: 300, width: 10, height: 10 }, [other], 6)).toEqual({ dx: 0, dy: 0, vertical: [], horizontal: [] });
  });
});

describe('nearbyBoxes', () => {
  it('keeps only boxes within reach', () => {
    const box = { x: 0, y: 0, width: 10, height: 10 };
    const near = { x: 500, y: 0, width: 10, height: 10 };
    const far = { x: 5000, y: 0, width: 10, height: 10 };
    expect(nearbyBoxes(box, [near, far], 900)).toEqual([near]);
  });
});
