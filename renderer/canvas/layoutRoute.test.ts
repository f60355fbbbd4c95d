import { describe, expect, it } from 'vitest';
import { routeFor } from './layoutRoute';

describe('routeFor', () => {
  const route = [
    { x: 200, y: 36 },
    { x: 245, y: 36 },
    { x: 245, y: 150 },
    { x: 290, y: 150 },
  ];

  it('uses the layout route while the ends are where the layout put them, straightening the first and last legs', () => {
    expect(routeFor(route, { x: 201, y: 37 }, { x: 290, y: 151 })).toEqual([
      { x: 201, y: 37 },
      { x: 245, y: 37 },
      { x: 245, y: 151 },
      { x: 290, y: 151 },
    ]);
  });

  it('is dropped once an end has moved', () => {
    expect(routeFor(route, { x: 200, y: 80 }, { x: 290, y: 150 })).toBeUndefined();
    expect(routeFor(undefined, { x: 200, y: 36 }, { x: 290, y: 150 })).toBeUndefined();
  });
});
