import { promises as fs } from 'node:fs';
import { EXAMPLES } from '../../shared/scenarios/examples';
import { PNG_SIGNATURE, pngSize } from '../fixtures/png';
import { expect, test } from '../fixtures/test';
import { ExportPage } from '../pages/ExportPage';

// Browser mode only (see playwright.config.ts): the page's own clipboard API. The desktop app copies
// through the main process, covered by the IPC and main-bundle tests.
const q1 = EXAMPLES.find((e) => e.id === 'q1-answer')!;

test('Copy image puts the sheet on the clipboard as a PNG at the chosen scale', async ({ app, launched }) => {
  await app.page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await app.openExample(q1.title);
  const dialog = new ExportPage(app);
  await dialog.open();
  await dialog.choose('PNG image', { scale: '1x', theme: 'Light' });
  await expect(dialog.previewImage).toBeVisible();
  // Visible is not loaded: wait until the preview has decoded before reading its size.
  const naturalWidth = () => dialog.previewImage.evaluate((image: HTMLImageElement) => (image.complete ? image.naturalWidth : 0));
  await expect.poll(naturalWidth).toBeGreaterThan(0);
  const sheetWidth = await naturalWidth();
  await dialog.copyButton.click();
  await expect(dialog.status).toHaveText('Copied the sheet as a 1x PNG image.');
  const copied = await app.page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    const blob = await item!.getType('image/png');
    return [...new Uint8Array(await blob.arrayBuffer())];
  });
  const bytes = new Uint8Array(copied);
  expect([...bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  expect(pngSize(bytes).width).toBe(sheetWidth);
  // Nothing was written to the workspace.
  expect(await fs.readdir(launched.workspace)).toEqual([]);
});
