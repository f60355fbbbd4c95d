import { EXAMPLES } from '../../shared/scenarios/examples';
import { flowCentre, viewportTransform } from '../fixtures/viewportTransform';
import { expect, test } from '../fixtures/test';
import type { AppPage } from '../pages/AppPage';

const q1 = EXAMPLES.find((e) => e.id === 'q1-answer')!;

/** The compact labels' font sizes as drawn on screen: computed font size × the canvas zoom. */
async function compactLabelScreenSizes(app: AppPage): Promise<number[]> {
  const { zoom } = await viewportTransform(app.page);
  const sizes = await app.canvas.root.locator('.service-node__compact-label').evaluateAll((labels) => labels.map((label) => parseFloat(getComputedStyle(label).fontSize)));
  return sizes.map((size) => size * zoom);
}

async function zoomPercent(app: AppPage): Promise<number> {
  return Number((await app.page.getByTestId('zoom-readout').innerText()).replace('%', ''));
}

test('zoomed out past the threshold, cards show one label of at least 11 px on screen and edge labels hide', async ({ app }) => {
  const readout = app.page.getByTestId('zoom-readout');
  await app.openExample(q1.title);
  await expect(app.canvas.nodes).toHaveCount(q1.document.nodes.length);
  await app.canvas.clickEmpty();
  await app.press('0');
  await expect(readout).toHaveText('100%');
  await expect(app.canvas.root.locator('.service-node.is-compact')).toHaveCount(0);
  await expect(app.canvas.root.locator('.flow-edge__label').first()).toBeVisible();

  // Zoom out with the keyboard until the readout is under 85% (11 px of a 13 px label).
  for (let i = 0; i < 3 && (await zoomPercent(app)) >= 85; i++) {
    const before = await zoomPercent(app);
    await app.press('-');
    await expect.poll(() => zoomPercent(app)).toBeLessThan(before);
  }
  await expect.poll(() => zoomPercent(app)).toBeLessThan(85);
  await expect(app.canvas.root.locator('.service-node.is-compact')).toHaveCount(q1.document.nodes.length);
  await expect(app.canvas.root.locator('.flow-edge__label')).toHaveCount(0);
  for (const size of await compactLabelScreenSizes(app)) expect(size).toBeGreaterThanOrEqual(11);
  // The card keeps its text for what it is, but shows only the label.
  await expect(app.canvas.node('train').locator('.service-node__compact-label')).toHaveText(q1.document.nodes.find((n) => n.id === 'train')!.label);
  await expect(app.canvas.node('train').locator('.service-node__text')).toHaveCSS('visibility', 'hidden');

  // All the way out (React Flow's minimum, 10%): still readable.
  const zoomOut = app.page.getByRole('button', { name: 'Zoom Out' });
  for (let i = 0; i < 20 && (await zoomPercent(app)) > 10; i++) await zoomOut.click();
  await expect.poll(() => zoomPercent(app)).toBe(10);
  for (const size of await compactLabelScreenSizes(app)) expect(size).toBeGreaterThanOrEqual(11);
});

test('the zoom readout shows the zoom and resets it to 100% around the centre, by click and by the 0 key', async ({ app }) => {
  const readout = app.page.getByTestId('zoom-readout');
  await app.openExample(q1.title);
  await expect(app.canvas.nodes).toHaveCount(q1.document.nodes.length);
  await app.canvas.clickEmpty();
  await app.press('-');
  await app.press('-');
  await expect.poll(async () => (await viewportTransform(app.page)).zoom).toBeLessThan(0.8);
  const zoom = (await viewportTransform(app.page)).zoom;
  await expect(readout).toHaveText(`${Math.round(zoom * 100)}%`);
  await expect(readout).toHaveAccessibleName(`Zoom ${Math.round(zoom * 100)}%, reset to 100%`);

  const centre = await flowCentre(app.page);
  await readout.click();
  await expect(readout).toHaveText('100%');
  await expect.poll(async () => (await viewportTransform(app.page)).zoom).toBe(1);
  const after = await flowCentre(app.page);
  expect(Math.abs(after.x - centre.x)).toBeLessThan(1);
  expect(Math.abs(after.y - centre.y)).toBeLessThan(1);

  // The key, from the canvas; and the command is in the View menu and the shortcuts sheet.
  await app.canvas.clickEmpty();
  await app.press('-');
  await expect(readout).not.toHaveText('100%');
  await app.press('0');
  await expect(readout).toHaveText('100%');
  await app.press('?');
  await expect(app.shortcutsSheet).toContainText('Zoom to 100%');
});
