import AxeBuilder from '@axe-core/playwright';
import { EXAMPLES } from '../../shared/scenarios/examples';
import { expect, test } from '../fixtures/test';
import type { AppPage } from '../pages/AppPage';

const q1 = EXAMPLES.find((e) => e.id === 'q1-answer')!;

/** Serious and critical axe violations on the whole page, as readable lines. */
async function seriousViolations(app: AppPage): Promise<string[]> {
  const results = await new AxeBuilder({ page: app.page }).analyze();
  // axe did look at the app (rules that passed), not at an empty page.
  expect(results.passes.length).toBeGreaterThan(10);
  const minor = results.violations.filter((v) => v.impact !== 'serious' && v.impact !== 'critical');
  if (minor.length) test.info().annotations.push({ type: 'axe (minor/moderate)', description: minor.map((v) => `${v.impact} ${v.id} ×${v.nodes.length}`).join('; ') });
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((node) => `${v.impact} ${v.id}: ${node.target.join(' ')} — ${node.failureSummary?.replace(/\s+/g, ' ')}`));
}

/** The theme under test: the browser follows the emulated system scheme; elsewhere (Electron) toggle it. */
async function useTheme(app: AppPage, scheme: 'light' | 'dark'): Promise<void> {
  const html = app.page.locator('html');
  if ((await html.getAttribute('data-theme')) !== scheme) await app.tool('Toggle theme').click();
  await expect(html).toHaveAttribute('data-theme', scheme);
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme });

    test('the empty main screen has no serious or critical axe violations', async ({ app }) => {
      await useTheme(app, scheme);
      await expect(app.issues.empty).toBeVisible();
      expect(await seriousViolations(app)).toEqual([]);
    });

    test('the main screen with the Q1 answer open has no serious or critical axe violations', async ({ app }) => {
      await useTheme(app, scheme);
      await app.openExample(q1.title);
      await expect(app.canvas.nodes).toHaveCount(q1.document.nodes.length);
      await expect(app.canvas.edges).toHaveCount(q1.document.edges.length);
      expect(await seriousViolations(app), 'document inspector, issues').toEqual([]);

      // A node selected (its form and figures) and the cost sheet with the budget bar.
      await app.canvas.select('train');
      await app.cost.show();
      await expect(app.cost.budgetMeter).toBeVisible();
      expect(await seriousViolations(app), 'node inspector, cost').toEqual([]);
    });
  });
}
