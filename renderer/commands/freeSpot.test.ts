import { describe, expect, it } from 'vitest';
import { freeSpot, NODE_HEIGHT, NODE_WIDTH } from './editActions';

describe('free spot', () => {
  it('keeps a free spot and steps clear of an occupied one', () => {
    const doc = { nodes: [{ position: { x: 0, y: 0 } }] };
    expect(freeSpot({ nodes: [] }, { x: 5, y: 5 })).toEqual({ x: 5, y: 5 });
    const spot = freeSpot(doc, { x: 10, y: 10 });
    const clear = Math.abs(spot.x) >= NODE_WIDTH || Math.abs(spot.y) >= NODE_HEIGHT;
    expect(clear).toBe(true);
  });
});
