import type { Page } from '@playwright/test';
import { EXAMPLES } from '../../shared/scenarios/examples';
import { expect, test } from '../fixtures/test';

const q1 = EXAMPLES.find((e) => e.id === 'q1-answer')!;

/** How many characters of the document title show before the ellipsis, measured in the title's own font. */
async function visibleTitleCharacters(page: Page): Promise<{ text: string; shown: number; width: number }> {
  return page.getByTestId('document-name').evaluate((title) => {
    const text = title.textContent ?? '';
    const context = document.createElement('canvas').getContext('2d')!;
    context.font = getComputedStyle(title).font;
    const width = title.clientWidth;
    if (context.measureText(text).width <= width) return { text, shown: text.length, width };
    let shown = 0;
    while (shown < text.length && context.measureText(`${text.slice(0, shown + 1)}…`).width <= width) shown++;
    return { text, shown, width };
  });
}

test.describe('at 1024×700', () => {
  test.use({ viewport: { width: 1024, height: 700 } });

  test('the top bar keeps at least 12 characters of the title; the lower-priority tools fold into "More tools"', async ({ app }) => {
    await app.openExample(q1.title);
    await expect(app.canvas.nodes).toHaveCount(q1.document.nodes.length);
    const title = await visibleTitleCharacters(app.page);
    expect(title.text).toBe(q1.document.title);
    expect(title.shown, JSON.stringify(title)).toBeGreaterThanOrEqual(12);
    await expect(app.page.getByTestId('document-name')).toHaveCSS('text-overflow', 'ellipsis');

    // The folded tools are gone from the bar, and the menu runs them.
    await expect(app.tool('Auto-layout')).toBeHidden();
    await expect(app.tool('Toggle theme')).toBeHidden();
    const more = app.page.getByRole('button', { name: 'More tools' });
    await expect(more).toBeVisible();
    await more.click();
    const menu = app.page.getByRole('menu', { name: 'More tools' });
    await expect(menu.getByRole('menuitem', { name: /^Auto-layout/ })).toBeVisible();
    await expect(menu.getByRole('menuitemcheckbox', { name: /Snap to grid/ })).toHaveAttribute('aria-checked', 'false');
    // The whole menu is inside the window.
    const box = (await menu.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(1024);
    await menu.getByRole('menuitem', { name: /^Keyboard shortcuts/ }).click();
    await expect(app.page.getByTestId('shortcuts-sheet')).toBeVisible();
    // Everything in the bar is on one line, inside the window.
    const overflow = await app.page.locator('.top-bar').evaluate((bar) => bar.scrollWidth - bar.clientWidth);
    expect(overflow).toBe(0);
  });
});

test('at 1440×900 every tool is in the bar and there is no "More tools" menu', async ({ app }) => {
  await app.openExample(q1.title);
  await expect(app.tool('Auto-layout')).toBeVisible();
  await expect(app.tool('Toggle theme')).toBeVisible();
  await expect(app.page.getByRole('button', { name: 'More tools' })).toBeHidden();
  // The whole title, no ellipsis.
  const title = app.page.getByTestId('document-name');
  await expect(title).toHaveText(q1.document.title);
  expect(await title.evaluate((e) => e.scrollWidth - e.clientWidth)).toBe(0);
});
