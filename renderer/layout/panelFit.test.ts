import { describe, expect, it } from 'vitest';
import { BOTTOM_QUIET_PX, BOTTOM_STRIP_PX, DEFAULT_PANELS, fitPanels, PANEL_LIMITS, SEPARATOR_PX, type FittedPanels, type Size } from './panelFit';

const TOP_BAR = 48;
const workspaceOf = (window: Size): Size => ({ width: window.width, height: window.height - TOP_BAR });
const canvasArea = (space: Size, fitted: FittedPanels) =>
  (space.width - fitted.palette - fitted.inspector - 2 * SEPARATOR_PX) * (space.height - fitted.bottom - SEPARATOR_PX);

describe('fitPanels', () => {
  it('keeps the chosen sizes when the window has room', () => {
    const window = { width: 1920, height: 1080 };
    expect(fitPanels(workspaceOf(window), window, DEFAULT_PANELS, false)).toEqual({ palette: 224, inspector: 300, bottom: 220, bottomStrip: false });
  });

  it('gives the bottom panel one line when it has nothing to say, and its tab row when collapsed', () => {
    const window = { width: 1440, height: 900 };
    expect(fitPanels(workspaceOf(window), window, DEFAULT_PANELS, true).bottom).toBe(BOTTOM_QUIET_PX);
    expect(fitPanels(workspaceOf(window), window, { ...DEFAULT_PANELS, bottomCollapsed: true }, false)).toMatchObject({ bottom: BOTTOM_STRIP_PX, bottomStrip: true });
  });

  it('clamps sizes to each panel’s limits and collapses to nothing', () => {
    const window = { width: 2560, height: 1440 };
    const fitted = fitPanels(workspaceOf(window), window, { ...DEFAULT_PANELS, paletteWidth: 5, inspectorWidth: 9000, paletteCollapsed: false }, false);
    expect(fitted.palette).toBe(PANEL_LIMITS.palette.min);
    expect(fitted.inspector).toBe(PANEL_LIMITS.inspector.max);
    expect(fitPanels(workspaceOf(window), window, { ...DEFAULT_PANELS, inspectorCollapsed: true }, false).inspector).toBe(0);
  });

  it.each([
    { width: 1024, height: 700 },
    { width: 1280, height: 720 },
    { width: 800, height: 600 },
    { width: 1440, height: 900 },
  ])('leaves the canvas at least half of a $width×$height window, whatever the panels', (window) => {
    const space = workspaceOf(window);
    for (const quiet of [true, false]) {
      const big = { ...DEFAULT_PANELS, paletteWidth: 420, inspectorWidth: 560, bottomHeight: 640 };
      for (const prefs of [DEFAULT_PANELS, big]) {
        const fitted = fitPanels(space, window, prefs, quiet);
        expect(canvasArea(space, fitted)).toBeGreaterThanOrEqual(0.5 * window.width * window.height);
      }
    }
  });

  it('at 1024×700 keeps both side panels open, folding the bottom panel to its tabs', () => {
    const window = { width: 1024, height: 700 };
    const fitted = fitPanels(workspaceOf(window), window, DEFAULT_PANELS, false);
    expect(fitted.palette).toBeGreaterThanOrEqual(PANEL_LIMITS.palette.min);
    expect(fitted.inspector).toBeGreaterThanOrEqual(PANEL_LIMITS.inspector.min);
    expect(fitted.bottomStrip).toBe(true);
  });

  it('at 1440×900 shrinks the open panels together, keeping each above its minimum', () => {
    const window = { width: 1440, height: 900 };
    const fitted = fitPanels(workspaceOf(window), window, DEFAULT_PANELS, false);
    expect(fitted.palette).toBeGreaterThan(PANEL_LIMITS.palette.min);
    expect(fitted.inspector).toBeGreaterThan(PANEL_LIMITS.inspector.min);
    expect(fitted.bottom).toBeGreaterThan(PANEL_LIMITS.bottom.min);
    expect(fitted.bottom).toBeLessThan(DEFAULT_PANELS.bottomHeight);
  });

  it('lets the panel being resized keep its size while the others give way', () => {
    const window = { width: 1440, height: 900 };
    const prefs = { ...DEFAULT_PANELS, paletteWidth: 270 };
    const fitted = fitPanels(workspaceOf(window), window, prefs, false, 'palette');
    expect(fitted.palette).toBe(270);
    expect(fitted.inspector).toBeLessThan(DEFAULT_PANELS.inspectorWidth);
  });
});
