import { describe, expect, it } from 'vitest';
import { CANVAS_MAX_PIXELS, CANVAS_MAX_SIDE, fittedScale, sheetSize } from './rasterize';

describe('drawing the sheet for the clipboard', () => {
  it('reads the sheet size from the root element', () => {
    expect(sheetSize('<?xml version="1.0"?><svg xmlns="x" width="1234.5" height="900" viewBox="0 0 1234.5 900">')).toEqual({ width: 1234.5, height: 900 });
    expect(sheetSize('<svg viewBox="0 0 1 1">')).toEqual({ width: 0, height: 0 });
  });

  it('keeps the asked scale unless the canvas would be too large', () => {
    expect(fittedScale(1400, 1000, 3)).toBe(3);
    expect(fittedScale(8000, 1000, 3)).toBeCloseTo(CANVAS_MAX_SIDE / 8000);
    const scale = fittedScale(6000, 6000, 3);
    expect(6000 * scale * 6000 * scale).toBeLessThanOrEqual(CANVAS_MAX_PIXELS + 1);
    expect(fittedScale(0, 0, 2)).toBe(2);
  });
});
