import { describe, expect, it } from 'vitest';
import { compactSizes } from './semanticZoom';

describe('compactSizes', () => {
  it.each([0.1, 0.22, 0.5, 0.84])('keeps the compact label at least 11 px on screen at %s', (zoom) => {
    expect(compactSizes(zoom).labelPx * zoom).toBeGreaterThanOrEqual(11);
  });

  it('never draws the label smaller than 18 px on the card, nor shrinks the badge', () => {
    expect(compactSizes(0.84)).toEqual({ labelPx: 18, badgeScale: 1 });
    expect(compactSizes(0.2).badgeScale).toBeCloseTo(4);
  });
});
