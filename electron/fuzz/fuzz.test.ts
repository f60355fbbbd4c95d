import { describe, expect, it } from 'vitest';
import { runFuzz } from './harness';

/** The `npm run fuzz` harness on about 1,000 inputs: every target runs, nothing is violated. */
describe('the fuzz harness (small run)', () => {
  it('feeds the loader, the image readers and every bridge method with no violation', async () => {
    const report = await runFuzz({ scale: 0.01, seed: 14 });
    expect(report.violations).toEqual([]);
    expect(report.inputs).toBeGreaterThanOrEqual(1000);
    expect(report.targets.every((target) => target.inputs > 0)).toBe(true);
    expect(report.refused).toBeGreaterThan(0);
    expect(report.refused).toBeLessThan(report.inputs);
  }, 120_000);
});
