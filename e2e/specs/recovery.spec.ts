import { promises as fs } from 'node:fs';
import path from 'node:path';
import { EXAMPLES } from '../../shared/scenarios/examples';
import { readDesign, writeDesign } from '../fixtures/engine';
import { expect, test } from '../fixtures/test';
import { AppPage } from '../pages/AppPage';
import { copyHolding, recoveryCopies } from '../fixtures/recoveryCopies';

const q1 = EXAMPLES.find((e) => e.id === 'q1-answer')!;


test('autosaved work survives a crash: the next start offers it and Recover restores it', async ({ app, launched }) => {
  const { canvas, inspector, palette } = app;
  await app.openExample(q1.title);
  const lambda = await canvas.dropFromPalette(palette.item('Lambda'), { x: 560, y: 380 });
  await inspector.setText('Label', 'Unsaved idea');
  await canvas.clickEmpty();
  await inspector.setText('Title', 'Crash test');
  const nodes = await canvas.nodeIds();

  // The autosave copy on disk (the data folder) catches up with the edit within a few seconds.
  await expect
    .poll(
      async () => {
        const [copy] = await recoveryCopies(launched.dataDir);
        const stored = JSON.parse(copy || '{}') as { document?: { title?: string; nodes?: { label: string }[] } };
        return { title: stored.document?.title, labels: stored.document?.nodes?.map((n) => n.label).includes('Unsaved idea') };
      },
      { timeout: 10_000, message: 'the autosave copy holds the edit' },
    )
    .toEqual({ title: 'Crash test', labels: true });

  const page = await launched.crashAndRestart();
  const restarted = new AppPage(page, launched);
  await restarted.waitUntilReady();
  await expect(restarted.canvas.nodes).toHaveCount(0);
  await expect(restarted.recoveryBanner).toBeVisible();
  await expect(restarted.recoveryBanner).toContainText('“Crash test”');
  await restarted.recoveryBanner.getByRole('button', { name: 'Recover' }).click();
  await expect(restarted.recoveryBanner).toBeHidden();

  await expect(restarted.documentName).toHaveText('Crash test');
  await expect(restarted.dirtyMark).toBeVisible();
  expect(await restarted.canvas.nodeIds()).toEqual(nodes);
  await expect(restarted.canvas.node(lambda)).toContainText('Unsaved idea');
});

test('Discard on the recovery banner drops the autosave copy', async ({ app, launched }) => {
  await app.openExample(q1.title);
  await app.inspector.setText('Title', 'Throw away');
  await expect.poll(() => copyHolding(launched.dataDir, 'Throw away'), { timeout: 10_000 }).toBe(true);

  const restarted = new AppPage(await launched.crashAndRestart(), launched);
  await restarted.waitUntilReady();
  await restarted.recoveryBanner.getByRole('button', { name: 'Discard' }).click();
  await expect(restarted.recoveryBanner).toBeHidden();
  await expect.poll(() => copyHolding(launched.dataDir, 'Throw away')).toBe(false);
  await expect(restarted.canvas.nodes).toHaveCount(0);
});

test('a design changed on disk by another program: saving asks before overwriting', async ({ app, launched }) => {
  const file = path.join(launched.workspace, 'shared.pipeboard.json');
  await app.openExample(q1.title);
  await app.saveAs(file);

  // Another program rewrites the file (its mtime moves on).
  const theirs = { ...q1.document, title: 'Edited elsewhere' };
  await writeDesign(file, theirs);
  const later = new Date(Date.now() + 5_000);
  await fs.utimes(file, later, later);
  const theirText = await fs.readFile(file, 'utf8');

  await app.inspector.setText('Title', 'Edited here');
  await app.press('Control+s');
  await expect(app.confirmDialog).toBeVisible();
  await expect(app.confirmDialog).toContainText('The file changed on disk');
  // Cancel: their version stays, ours stays unsaved.
  await app.confirmButton('Cancel').click();
  await expect(app.confirmDialog).toBeHidden();
  expect(await fs.readFile(file, 'utf8')).toBe(theirText);
  await expect(app.dirtyMark).toBeVisible();

  // Save again and overwrite.
  await app.saveButton.click();
  await expect(app.confirmDialog).toBeVisible();
  await app.confirmButton('Overwrite').click();
  await app.waitForSaved(file);
  const { document: design } = await readDesign(file);
  expect(design.title).toBe('Edited here');
});

test('recovered work keeps its file and time: saving over a file changed since asks first', async ({ app, launched }) => {
  const file = path.join(launched.workspace, 'recovered.pipeboard.json');
  await app.openExample(q1.title);
  await app.saveAs(file);
  await app.inspector.setText('Title', 'Mine, unsaved');
  await expect.poll(() => copyHolding(launched.dataDir, 'Mine, unsaved'), { timeout: 10_000 }).toBe(true);

  const restarted = new AppPage(await launched.crashAndRestart(), launched);
  await restarted.waitUntilReady();
  await expect(restarted.recoveryBanner).toBeVisible();

  // After the crash, another program changes the file.
  await writeDesign(file, { ...q1.document, title: 'Theirs, newer' });
  const later = new Date(Date.now() + 5_000);
  await fs.utimes(file, later, later);
  const theirText = await fs.readFile(file, 'utf8');

  await restarted.recoveryBanner.getByRole('button', { name: 'Recover' }).click();
  await expect(restarted.documentName).toHaveText('recovered');
  await expect(restarted.dirtyMark).toBeVisible();
  await restarted.press('Control+s');
  await expect(restarted.confirmDialog).toContainText('The file changed on disk');
  await restarted.confirmButton('Cancel').click();
  expect(await fs.readFile(file, 'utf8')).toBe(theirText);
  await expect(restarted.dirtyMark).toBeVisible();
});

test('a failing autosave is shown, not swallowed', async ({ app, launched }) => {
  // The recovery folder cannot be made: a file sits where it should be.
  await fs.writeFile(path.join(launched.dataDir, 'recovery'), 'in the way');
  await app.openExample(q1.title);
  await app.inspector.setText('Title', 'Not protected');
  await expect(app.page.getByTestId('autosave-failed')).toBeVisible({ timeout: 10_000 });
  await expect(app.toast(/^Autosave failed/)).toBeVisible();
});
