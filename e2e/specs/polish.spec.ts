import { promises as fs } from 'node:fs';
import path from 'node:path';
import { design } from '../../shared/model/builder';
import { EXAMPLES } from '../../shared/scenarios/examples';
import { readDesign, writeDesign } from '../fixtures/engine';
import { expect, test } from '../fixtures/test';
import { ExportPage } from '../pages/ExportPage';
import { PracticePage } from '../pages/PracticePage';

const q1 = EXAMPLES.find((e) => e.id === 'q1-answer')!;

test('file dialogs start in the folder last used, not the default one', async ({ app, launched }) => {
  const folder = path.join(launched.workspace, 'designs');
  await fs.mkdir(folder);
  const file = path.join(folder, 'q1.pipeboard.json');
  await writeDesign(file, q1.document);
  await app.open(file);
  await expect(app.canvas.nodes).toHaveCount(q1.document.nodes.length);

  // A new design has no folder of its own: Save As starts where the last file came from.
  await app.chooseMenuItem('File', /^New(\s|$)/);
  await expect(app.canvas.nodes).toHaveCount(0);
  await app.chooseMenuItem('File', /^Save As/);
  await app.fileDialog.waitForListing();
  expect(await app.fileDialog.currentFolder()).toBe(folder);
  await app.fileDialog.cancel();

  await app.chooseMenuItem('File', /^Open/);
  await app.fileDialog.waitForListing();
  expect(await app.fileDialog.currentFolder()).toBe(folder);
  await app.fileDialog.cancel();
});

test('after "Save as q1-mine" the export file name and the sheet heading say q1-mine', async ({ app, launched }) => {
  await app.palette.item('S3').click();
  await expect(app.canvas.nodes).toHaveCount(1);
  const file = path.join(launched.workspace, 'q1-mine.pipeboard.json');
  await app.saveAs(file);
  await expect(app.documentName).toHaveText('q1-mine');
  expect((await readDesign(file)).document.title).toBe('q1-mine');

  const exporter = new ExportPage(app);
  await exporter.open();
  await exporter.choose('PNG image');
  await expect(exporter.previewImage).toHaveAttribute('alt', /“q1-mine”/);
  expect(await exporter.previewSvg()).toContain('q1-mine');
  await exporter.exportButton.click();
  await app.fileDialog.waitForListing();
  await expect(app.fileDialog.name).toHaveValue('q1-mine.png');
  expect(await app.fileDialog.currentFolder()).toBe(launched.workspace);
});

test('"Discard unsaved changes?" offers Save: it saves, then goes on', async ({ app, launched }) => {
  await app.palette.item('S3').click();
  await expect(app.dirtyMark).toBeVisible();
  await app.chooseMenuItem('File', /^New(\s|$)/);
  await expect(app.confirmDialog).toContainText('Discard unsaved changes?');
  await app.confirmDialog.getByRole('button', { name: 'Save', exact: true }).click();
  const file = path.join(launched.workspace, 'kept.pipeboard.json');
  await app.fileDialog.waitForListing();
  await app.fileDialog.confirmWith('kept', 'Save');
  await expect(app.toast(`Saved ${file}.`)).toBeVisible();
  // Then the new design: empty, and the saved file has the node.
  await expect(app.canvas.nodes).toHaveCount(0);
  expect((await readDesign(file)).document.nodes.map((n) => n.service)).toEqual(['s3']);
});

test('opening a design clears the palette search', async ({ app }) => {
  await app.palette.filter('lambda');
  await expect(app.palette.items()).toHaveCount(1);
  await app.openExample(q1.title);
  await expect(app.canvas.nodes).toHaveCount(q1.document.nodes.length);
  await expect(app.palette.search).toHaveValue('');
  await expect(app.palette.items().count()).resolves.toBeGreaterThan(10);
});

test('ten identical findings are listed once as "10× …", each one on demand', async ({ app, launched }) => {
  const feeds = Array.from({ length: 10 }, (_, k) => ({ id: `feed${k + 1}`, service: 'lambda' as const, label: `Loose function ${k + 1}`, at: [k % 5, 2 + Math.floor(k / 5)] as [number, number] }));
  const crowded = design({ title: 'Loose ends', nodes: [...q1.document.nodes.map((n) => ({ id: n.id, service: n.service, label: n.label, params: n.params })), ...feeds], flows: ['src>fh>s3>train>serve'] });
  const file = path.join(launched.workspace, 'loose.pipeboard.json');
  await writeDesign(file, crowded);
  await app.open(file);
  await app.issues.show();
  const group = app.issues.issue('disconnected-node');
  await expect(group).toHaveCount(1);
  await expect(group).toHaveAttribute('data-count', '10');
  await expect(group.getByRole('button').first()).toContainText('10× … is not connected to anything');
  await expect(group).toContainText('Loose function 1, Loose function 2, Loose function 3 and 7 more');
  await group.getByText('Show each (10)').click();
  await expect(app.page.getByTestId('issue-disconnected-node-each')).toHaveCount(10);
  await expect(app.page.getByTestId('issue-disconnected-node-each').nth(9)).toContainText('Loose function 10');
});

test('the shortcuts sheet shows each key of a combination apart, never "+ +"', async ({ app }) => {
  await app.chooseMenuItem('View', 'Keyboard shortcuts');
  const sheet = app.page.getByTestId('shortcuts-sheet');
  const zoomIn = sheet.locator('.shortcuts__row', { hasText: 'Zoom in' });
  await expect(zoomIn.locator('kbd')).toHaveText(['=', '+']);
  await expect(zoomIn.locator('.shortcuts__or')).toHaveText(['or']);
  const redo = sheet.locator('.shortcuts__row', { hasText: 'Redo' });
  await expect(redo.locator('kbd').first()).toHaveText(/^(Ctrl|⇧)$/);
  await expect(sheet.locator('dd').filter({ hasText: /\+\s*\+/ })).toHaveCount(0);
});

test('in Practice build mode the Check results lie over the canvas, and a rejected design\'s lower cost is not green', async ({ app }) => {
  const practice = new PracticePage(app.page);
  await practice.show();
  await practice.openScenario('seed-q1');
  await practice.buildButton.click();
  await expect(app.canvas.nodes).toHaveCount(1);
  await expect(practice.checkButton).toBeVisible();
  const canvasBefore = await app.canvas.root.boundingBox();

  await practice.checkButton.click();
  await expect(practice.gradeVerdict).toHaveText('Not accepted');
  await expect(practice.gradeCost).toBeVisible();
  expect(await app.canvas.root.boundingBox(), 'the canvas stays where it was').toEqual(canvasBefore);

  const difference = app.page.getByTestId('grade-cost-difference');
  await expect(difference).toContainText('−$');
  await expect(difference).toContainText('Not a saving');
  const colours = await difference.evaluate((element) => {
    const probe = document.createElement('span');
    element.appendChild(probe);
    const of = (value: string) => {
      probe.style.color = value;
      return getComputedStyle(probe).color;
    };
    const result = { shown: getComputedStyle(element).color, success: of('var(--success)'), warning: of('var(--warning)') };
    probe.remove();
    return result;
  });
  expect(colours.shown).not.toBe(colours.success);
  expect(colours.shown).toBe(colours.warning);
});
