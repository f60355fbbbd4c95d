import { describe, expect, it } from 'vitest';
import { alignMoves, distributeMoves, type NodeBox } from './arrange';

const box = (node: string, x: number, y: number, width = 100, height = 50): NodeBox => ({ node, x, y, width, height });

describe('alignMoves', () => {
  const boxes = [box('a', 10, 0), box('b', 40, 100, 200), box('c', 0, 300, 50)];

  it('lines up left edges on the leftmost and leaves the rest of the position alone', () => {
    expect(alignMoves(boxes, 'left')).toEqual([
      { node: 'a', x: 0, y: 0 },
      { node: 'b', x: 0, y: 100 },
    ]);
  });

  it('lines up right edges on the rightmost', () => {
    expect(alignMoves(boxes, 'right')).toEqual([
      { node: 'a', x: 140, y: 0 },
      { node: 'c', x: 190, y: 300 },
    ]);
  });

  it('centres on the middle of the bounds', () => {
    // Bounds 0..240: centre 120.
    expect(alignMoves(boxes, 'center')).toEqual([
      { node: 'a', x: 70, y: 0 },
      { node: 'b', x: 20, y: 100 },
      { node: 'c', x: 95, y: 300 },
    ]);
  });

  it('aligns tops, middles and bottoms', () => {
    const rows = [box('a', 0, 0, 100, 40), box('b', 200, 100, 100, 80)];
    expect(alignMoves(rows, 'top')).toEqual([{ node: 'b', x: 200, y: 0 }]);
    expect(alignMoves(rows, 'bottom')).toEqual([{ node: 'a', x: 0, y: 140 }]);
    expect(alignMoves(rows, 'middle')).toEqual([
      { node: 'a', x: 0, y: 70 },
      { node: 'b', x: 200, y: 50 },
    ]);
  });

  it('needs two boxes', () => {
    expect(alignMoves([box('a', 5, 5)], 'left')).toEqual([]);
  });
});

describe('distributeMoves', () => {
  it('makes the gaps between neighbours equal, keeping the first and last', () => {
    const boxes = [box('c', 500, 0), box('a', 0, 0), box('b', 130, 7)];
    // Span 0..600, widths 300: gaps of 150.
    expect(distributeMoves(boxes, 'horizontal')).toEqual([{ node: 'b', x: 250, y: 7 }]);
  });

  it('spaces vertically by heights', () => {
    const boxes = [box('a', 0, 0, 100, 20), box('b', 0, 30, 100, 60), box('c', 0, 200, 100, 20)];
    // Span 0..220, heights 100: gaps of 60.
    expect(distributeMoves(boxes, 'vertical')).toEqual([{ node: 'b', x: 0, y: 80 }]);
  });

  it('needs three boxes', () => {
    expect(distributeMoves([box('a', 0, 0), box('b', 300, 0)], 'horizontal')).toEqual([]);
  });
});
