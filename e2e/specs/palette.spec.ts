import AxeBuilder from '@axe-core/playwright';
import { SERVICES } from '../../shared/catalog/index';
import { expect, test } from '../fixtures/test';

test('a folded category stays folded after a reload, and a search still finds the services inside it', async ({ app, launched }) => {
  const { palette } = app;
  const serving = palette.groupToggle('Serving');
  await expect(serving).toHaveAttribute('aria-expanded', 'true');
  await expect(palette.group('serving').getByRole('button', { name: 'Add DynamoDB', exact: true })).toBeVisible();
  await serving.click();
  await expect(serving).toHaveAttribute('aria-expanded', 'false');
  await expect(palette.item('DynamoDB')).toHaveCount(0);

  // A search shows matches in folded categories too; clearing it folds them again.
  await palette.filter('nosql');
  await expect(palette.items()).toHaveCount(1);
  await expect(palette.item('DynamoDB')).toBeVisible();
  await palette.filter('');
  await expect(palette.item('DynamoDB')).toHaveCount(0);

  const page = await launched.crashAndRestart();
  const { AppPage } = await import('../pages/AppPage');
  const again = new AppPage(page);
  await again.waitUntilReady();
  await expect(again.palette.groupToggle('Serving')).toHaveAttribute('aria-expanded', 'false');
  await expect(again.palette.item('DynamoDB')).toHaveCount(0);
  await expect(again.palette.item('Firehose')).toBeVisible();
});

test('categories fold and unfold from the keyboard; arrow keys move between headings and services', async ({ app }) => {
  const { palette, page } = app;
  await palette.search.focus();
  await page.keyboard.press('ArrowDown');
  await expect(palette.item('Source')).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(palette.groupToggle('Sources')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(palette.groupToggle('Sources')).toHaveAttribute('aria-expanded', 'false');
  await expect(palette.item('Source')).toHaveCount(0);
  await page.keyboard.press('ArrowDown');
  await expect(palette.groupToggle('Ingestion')).toBeFocused();
  await page.keyboard.press('Space');
  await expect(palette.groupToggle('Ingestion')).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  // The palette keeps one tab stop: the heading last used.
  await expect(palette.groupToggle('Ingestion')).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('ArrowDown');
  await expect(palette.item('Firehose')).toBeFocused();
});

test('an added or dropped service is listed under Recently used, last first, after a reload too', async ({ app, launched }) => {
  const { palette, canvas } = app;
  await expect(palette.group('recent')).toHaveCount(0);
  await palette.item('S3').click();
  await expect(canvas.nodes).toHaveCount(1);
  await canvas.dropFromPalette(palette.item('Lambda'), { x: 520, y: 380 });
  await expect(palette.group('recent').getByRole('button')).toHaveText(['Lambda', 'S3']);

  const page = await launched.crashAndRestart();
  const { AppPage } = await import('../pages/AppPage');
  const again = new AppPage(page);
  await again.waitUntilReady();
  const recent = again.palette.group('recent');
  await expect(recent.getByRole('heading')).toHaveText('Recently used');
  await expect(recent.getByRole('button')).toHaveText(['Lambda', 'S3']);
  // It sits above the categories, and its items add like any other.
  const first = await again.palette.root.locator('section[data-group]').first().getAttribute('data-group');
  expect(first).toBe('recent');
  await again.palette.recentItem('S3').click();
  await expect(recent.getByRole('button')).toHaveText(['S3', 'Lambda']);
  // A search lists each match once, without the recent group.
  await again.palette.filter('lambda');
  await expect(again.palette.items()).toHaveCount(1);
});

test.describe('at 1024×700', () => {
  test.use({ viewport: { width: 1024, height: 700 } });

  test('every service can be reached: the list scrolls to the last category, folding shortens it', async ({ app }) => {
    const { palette } = app;
    const last = SERVICES.at(-1)!;
    const item = palette.item(last.shortName);
    await item.scrollIntoViewIfNeeded();
    await expect(item).toBeInViewport();
    const listHeight = () => palette.root.locator('.palette__list').evaluate((list) => list.scrollHeight);
    const before = await listHeight();
    for (const label of ['Ingestion', 'Processing', 'Serving']) await palette.groupToggle(label).click();
    expect(await listHeight()).toBeLessThan(before);
    await item.click();
    await expect(app.canvas.nodes).toHaveCount(1);
  });
});

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme });
    test('the palette with a folded category and a recent service has no serious or critical axe violations', async ({ app }) => {
      await app.palette.item('S3').click();
      await app.palette.groupToggle('Processing').click();
      const results = await new AxeBuilder({ page: app.page }).include('.palette').analyze();
      const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect(serious).toEqual([]);
    });
  });
}
