import { describe, expect, it } from 'vitest';
import { design } from '../../shared/model/builder';
import { syntheticPipeline } from '../../shared/model/syntheticPipeline';
import { designBounds, openingView, READABLE_ZOOM } from './openView';
import { COMPACT_BELOW_ZOOM } from './semanticZoom';

const padding = { top: 32, right: 32, bottom: 167, left: 32 };
/** Five cards in a row, as the Q1 answer is drawn. */
const row = design({ title: 'Row', nodes: ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, service: 's3' as const })), flows: [] });

describe('the view a design opens at', () => {
  it('is readable: the zoom is at or above the compact-card threshold', () => {
    expect(READABLE_ZOOM).toBeGreaterThanOrEqual(COMPACT_BELOW_ZOOM);
    expect(READABLE_ZOOM).toBeLessThan(COMPACT_BELOW_ZOOM + 0.01);
  });

  it('fits a design whose cards stay readable fitted (the fit stops at 100%)', () => {
    const small = design({ title: 'Two', nodes: [{ id: 'a', service: 's3' }, { id: 'b', service: 's3' }], flows: [] });
    expect(openingView(designBounds(small), { width: 904, height: 778 }, padding)).toEqual({ kind: 'fit' });
  });

  it('opens five cards in a row in a 1440×900 window at the readable zoom, from the left end, centred down', () => {
    const bounds = designBounds(row)!;
    expect(bounds).toEqual({ x: 0, y: 0, width: 1240, height: 72 });
    const view = openingView(bounds, { width: 904, height: 778 }, padding);
    expect(view).toEqual({ kind: 'at', x: 32, y: 32 + (778 - 32 - 167 - 72 * READABLE_ZOOM) / 2, zoom: READABLE_ZOOM });
  });

  it('fits the same row in a 1024×700 window, and a 100-node design anywhere (too large to show readable)', () => {
    expect(openingView(designBounds(row), { width: 612, height: 614 }, padding)).toEqual({ kind: 'fit' });
    expect(openingView(designBounds(syntheticPipeline(100)), { width: 904, height: 778 }, padding)).toEqual({ kind: 'fit' });
  });

  it('counts frames and notes in the bounds; an empty design just fits', () => {
    const framed = { ...row, groups: [{ id: 'g', kind: 'stage' as const, label: 'S', colour: 'blue' as const, position: { x: -40, y: -72 }, size: { width: 600, height: 200 } }], annotations: [] };
    expect(designBounds(framed)).toEqual({ x: -40, y: -72, width: 1280, height: 200 });
    expect(openingView(designBounds({ nodes: [], groups: [], annotations: [] }), { width: 904, height: 778 }, padding)).toEqual({ kind: 'fit' });
  });
});
