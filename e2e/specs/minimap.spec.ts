import { EXAMPLES } from '../../shared/scenarios/examples';
import { intersects } from '../fixtures/canvasGeometry';
import { expect, test } from '../fixtures/test';
import type { AppPage } from '../pages/AppPage';

const q2 = EXAMPLES.find((e) => e.id === 'q2-answer')!;
const q1 = EXAMPLES.find((e) => e.id === 'q1-answer')!;

/** Boxes of the nodes that the minimap's box covers. */
async function nodesUnderMinimap(app: AppPage): Promise<string[]> {
  const minimap = await app.page.locator('.react-flow__minimap').boundingBox();
  if (!minimap) return ['(no minimap)'];
  const nodes = await app.page.locator('.canvas .react-flow__node').evaluateAll((elements) =>
    elements.map((e) => {
      const r = e.getBoundingClientRect();
      return { id: (e as HTMLElement).dataset.id ?? '', x: r.x, y: r.y, width: r.width, height: r.height };
    }),
  );
  return nodes.filter((n) => intersects(n, minimap)).map((n) => n.id);
}

for (const viewport of [
  { width: 1440, height: 900 },
  { width: 1024, height: 700 },
]) {
  test.describe(`at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    test('after opening an example the minimap draws every node, and after Fit view it covers none', async ({ app }) => {
      const minimapNodes = app.page.locator('.react-flow__minimap .react-flow__minimap-node');
      await app.openExample(q1.title);
      await expect(app.canvas.nodes).toHaveCount(q1.document.nodes.length);
      await expect(minimapNodes).toHaveCount(q1.document.nodes.length);

      await app.openExample(q2.title);
      await expect(app.canvas.nodes).toHaveCount(q2.document.nodes.length);
      await expect(minimapNodes).toHaveCount(q2.document.nodes.length);
      await expect.poll(() => nodesUnderMinimap(app)).toEqual([]);

      await app.chooseMenuItem('View', 'Fit view');
      await expect.poll(() => nodesUnderMinimap(app)).toEqual([]);
    });
  });
}

test('the minimap can be hidden from the View menu, and stays hidden after a reload', async ({ app, launched }) => {
  const minimap = app.page.locator('.react-flow__minimap');
  await app.openExample(q1.title);
  await expect(minimap).toBeVisible();

  await app.menuButton('View').click();
  const toggle = app.menu('View').getByRole('menuitemcheckbox', { name: 'Show minimap' });
  await expect(toggle).toHaveAttribute('aria-checked', 'true');
  await toggle.click();
  await expect(minimap).toHaveCount(0);

  const page = await launched.crashAndRestart();
  await expect(page.locator('.canvas .react-flow')).toBeVisible();
  await expect(page.locator('.react-flow__minimap')).toHaveCount(0);

  // Shift+M brings it back.
  await page.locator('.canvas .react-flow__pane').click({ position: { x: 40, y: 40 } });
  await page.keyboard.press('Shift+M');
  await expect(page.locator('.react-flow__minimap')).toBeVisible();
});
