import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { EXAMPLES } from '../../shared/scenarios/examples';
import { expect, test } from '../fixtures/test';

const q2 = EXAMPLES.find((e) => e.id === 'q2-answer')!;

test.describe('on a first launch', () => {
  test.use({ keepStartPage: true });

  test('the start page shows instead of a blank canvas: examples as thumbnails, recent designs and Practice', async ({ app }) => {
    await expect(app.startPage).toBeVisible();
    await expect(app.canvas.pane).toBeHidden();
    await expect(app.page.getByText('the design passes every rule')).toBeHidden();
    // One miniature per example, drawn with its services.
    const pictures = app.startPage.locator('.start-example svg[role="img"]');
    await expect(pictures).toHaveCount(EXAMPLES.length);
    await expect(app.startPage.getByTestId(`start-example-${q2.id}`).locator('.mini__node')).toHaveCount(q2.document.nodes.length);
    await expect(app.startPage.getByText('No recent designs yet')).toBeVisible();

    // Practice is one button away.
    await app.startPage.getByRole('button', { name: 'Practice exam questions' }).click();
    await expect(app.page.getByRole('heading', { name: /Practice/ }).first()).toBeVisible();
  });

  test('an example opens from the start page with the keyboard', async ({ app }) => {
    const card = app.startPage.getByTestId(`start-example-${q2.id}`);
    await expect(card).toBeVisible();
    // Tab through the page until the Q2 card has focus, then Enter.
    for (let i = 0; i < 20 && !(await card.evaluate((element) => element === document.activeElement)); i++) await app.press('Tab');
    await expect(card).toBeFocused();
    await app.press('Enter');
    await expect(app.startPage).toBeHidden();
    await expect(app.canvas.nodes).toHaveCount(q2.document.nodes.length);
    await expect(app.documentName).toHaveText(q2.document.title);
  });

  test('the start page has no serious or critical axe violations, light or dark', async ({ app }) => {
    await expect(app.startPage.locator('.start-example')).toHaveCount(EXAMPLES.length);
    for (const scheme of ['light', 'dark'] as const) {
      await app.page.emulateMedia({ colorScheme: scheme });
      await expect(app.page.locator('html')).toHaveAttribute('data-theme', scheme);
      const results = await new AxeBuilder({ page: app.page }).analyze();
      expect(results.passes.length).toBeGreaterThan(10);
      const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect(serious, scheme).toEqual([]);
    }
  });
});

test('a saved design is listed under Recent designs on the start page (View → Start page) and opens from there', async ({ app, sandbox }) => {
  await app.openExample(q2.title);
  const file = path.join(sandbox.workspace, 'streams.pipeboard.json');
  await app.saveAs(file);
  await app.openExample(EXAMPLES[0]!.title);
  await app.chooseMenuItem('View', 'Start page');
  await expect(app.startPage).toBeVisible();
  const recent = app.startPage.getByTestId('start-recent').getByRole('button', { name: /streams\.pipeboard\.json/ });
  await expect(recent).toBeVisible();
  await recent.click();
  await expect(app.startPage).toBeHidden();
  await expect(app.documentName).toContainText('streams');
  await expect(app.canvas.nodes).toHaveCount(q2.document.nodes.length);
});
