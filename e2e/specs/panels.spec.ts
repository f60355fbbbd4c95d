import { promises as fs } from 'node:fs';
import path from 'node:path';
import { EXAMPLES } from '../../shared/scenarios/examples';
import { expect, test } from '../fixtures/test';
import type { AppPage } from '../pages/AppPage';

const q1 = EXAMPLES.find((e) => e.id === 'q1-answer')!;
const q2 = EXAMPLES.find((e) => e.id === 'q2-answer')!;

async function width(app: AppPage, selector: string): Promise<number> {
  return (await app.page.locator(selector).boundingBox())?.width ?? 0;
}

/** The panels as written to settings.json in the data folder. */
async function storedPanels(dataDir: string): Promise<Record<string, unknown> | undefined> {
  try {
    return JSON.parse(await fs.readFile(path.join(dataDir, 'settings.json'), 'utf8')).panels;
  } catch {
    return undefined;
  }
}

test('the palette resizes by mouse and the inspector by keyboard, and both sizes survive a reload', async ({ app, launched }) => {
  const palette = app.page.getByRole('separator', { name: 'Resize the palette' });
  const inspector = app.page.getByRole('separator', { name: 'Resize the inspector' });
  const before = await width(app, '.palette');
  expect(Number(await palette.getAttribute('aria-valuenow'))).toBe(Math.round(before));

  // Drag the palette's edge 60 px to the right.
  const box = (await palette.boundingBox())!;
  await app.page.mouse.move(box.x + box.width / 2, box.y + 200);
  await app.page.mouse.down();
  await app.page.mouse.move(box.x + box.width / 2 + 30, box.y + 200, { steps: 3 });
  await app.page.mouse.move(box.x + box.width / 2 + 60, box.y + 200, { steps: 3 });
  await app.page.mouse.up();
  await expect.poll(() => width(app, '.palette')).toBeCloseTo(before + 60, -1);
  const dragged = Number(await palette.getAttribute('aria-valuenow'));
  expect(dragged).toBeGreaterThan(before + 40);

  // The inspector: focus its separator and press ← twice (wider by 2 × 16 px), then Shift+→ (64 px narrower).
  const inspectorBefore = Number(await inspector.getAttribute('aria-valuenow'));
  await inspector.focus();
  await app.press('ArrowLeft');
  await app.press('ArrowLeft');
  await expect(inspector).toHaveAttribute('aria-valuenow', String(inspectorBefore + 32));
  await app.press('Shift+ArrowRight');
  await expect(inspector).toHaveAttribute('aria-valuenow', String(inspectorBefore - 32));
  await expect.poll(() => width(app, '.inspector')).toBeCloseTo(inspectorBefore - 32, 0);

  // Written to the settings file, and read back after a reload.
  await expect.poll(() => storedPanels(launched.dataDir)).toMatchObject({ paletteWidth: dragged, inspectorWidth: inspectorBefore - 32 });
  const page = await launched.crashAndRestart();
  await expect(page.getByRole('separator', { name: 'Resize the palette' })).toHaveAttribute('aria-valuenow', String(dragged));
  await expect(page.getByRole('separator', { name: 'Resize the inspector' })).toHaveAttribute('aria-valuenow', String(inspectorBefore - 32));
});

test('panels collapse with Enter on their separator and from the View menu, and open again', async ({ app, launched }) => {
  const palette = app.page.getByRole('separator', { name: 'Resize the palette' });
  await palette.focus();
  await app.press('Enter');
  await expect(app.palette.search).toBeHidden();
  await expect(palette).toHaveAttribute('aria-valuenow', '0');
  await expect.poll(() => storedPanels(launched.dataDir)).toMatchObject({ paletteCollapsed: true });
  await app.press('Enter');
  await expect(app.palette.search).toBeVisible();

  // The View menu's checkboxes: the inspector hides and the canvas takes its room.
  const canvasBefore = await width(app, '.canvas');
  await app.menuButton('View').click();
  const toggle = app.menu('View').getByRole('menuitemcheckbox', { name: 'Show inspector' });
  await expect(toggle).toHaveAttribute('aria-checked', 'true');
  await toggle.click();
  await expect(app.page.getByRole('complementary', { name: 'Inspector' })).toBeHidden();
  await expect.poll(() => width(app, '.canvas')).toBeGreaterThan(canvasBefore + 200);

  // The analysis panel folds to its tabs; choosing a tab opens it again.
  await app.openExample(q2.title);
  await expect(app.issues.items.first()).toBeVisible();
  await app.menuButton('View').click();
  await app.menu('View').getByRole('menuitemcheckbox', { name: 'Show analysis panel' }).click();
  await expect(app.issues.panel).toBeHidden();
  await expect(app.issues.tab).toBeVisible();
  await app.issues.tab.click();
  await expect(app.issues.items.first()).toBeVisible();
});

test('with no issues the analysis panel is a one-line strip', async ({ app }) => {
  await app.openExample(q1.title);
  await expect(app.issues.empty).toBeVisible();
  const quiet = (await app.page.locator('.bottom-panel').boundingBox())!.height;
  expect(quiet).toBeLessThanOrEqual(80);
  await app.openExample(q2.title);
  await expect(app.issues.items.first()).toBeVisible();
  expect((await app.page.locator('.bottom-panel').boundingBox())!.height).toBeGreaterThan(quiet + 40);
});

test.describe('at 1024×700', () => {
  test.use({ viewport: { width: 1024, height: 700 } });

  test('the canvas keeps at least half of the window, with issues, a wide palette and a wide inspector', async ({ app }) => {
    const half = (1024 * 700) / 2;
    const canvasArea = async () => {
      const box = (await app.canvas.root.boundingBox())!;
      return box.width * box.height;
    };
    await app.openExample(q2.title);
    await expect(app.canvas.nodes).toHaveCount(q2.document.nodes.length);
    expect(await canvasArea()).toBeGreaterThanOrEqual(half);
    // Ask for big panels: the canvas still keeps its half.
    await app.page.getByRole('separator', { name: 'Resize the palette' }).focus();
    await app.press('End');
    await app.page.getByRole('separator', { name: 'Resize the inspector' }).focus();
    await app.press('End');
    await app.page.getByRole('separator', { name: 'Resize the analysis panel' }).focus();
    await app.press('End');
    expect(await canvasArea()).toBeGreaterThanOrEqual(half);
    await expect(app.issues.tab).toBeVisible();
  });
});
