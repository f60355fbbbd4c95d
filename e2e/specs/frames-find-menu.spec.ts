import path from 'node:path';
import { design } from '../../shared/model/builder';
import { readDesign, writeDesign } from '../fixtures/engine';
import { expect, test } from '../fixtures/test';
import type { AppPage } from '../pages/AppPage';
import { ComparePage } from '../pages/ComparePage';

/** Two nodes in an "Ingestion" frame, a third outside it, and a sticky note inside the frame. */
function framedDesign() {
  const doc = design({
    title: 'Framed',
    nodes: [
      { id: 'src', service: 'source', label: 'Hospitals', params: { eventsPerSecond: 500 } },
      { id: 'fh', service: 'firehose', label: 'Ingest' },
      { id: 'lake', service: 's3', label: 'Raw lake', at: [3, 0] },
    ],
    flows: ['src>fh>lake'],
  });
  doc.groups.push({ id: 'g-ingest', kind: 'stage', label: 'Ingestion', colour: 'purple', position: { x: -40, y: -72 }, size: { width: 540, height: 330 } });
  doc.annotations.push({ id: 'n-1', kind: 'sticky', text: 'Buffer 300 s', position: { x: 20, y: 110 }, size: { width: 200, height: 100 } });
  return doc;
}

async function openFramed(app: AppPage, workspace: string): Promise<string> {
  const file = path.join(workspace, 'framed.pipeboard.json');
  await writeDesign(file, framedDesign());
  await app.open(file);
  await expect(app.canvas.nodes).toHaveCount(3);
  await expect(app.canvas.root.locator('.group-frame')).toHaveCount(1);
  return file;
}

test('right-clicking a group frame opens its menu: colour, select contents, ungroup and delete with contents, each one undo step', async ({ app, launched }) => {
  const file = await openFramed(app, launched.workspace);
  const frame = app.canvas.root.locator('.group-frame');
  const header = frame.locator('.group-frame__header');
  const menu = app.page.getByRole('menu', { name: 'Group actions' });

  // Colour: the frame's outline changes, the menu shows the current colour checked.
  const stroke = () => frame.evaluate((e) => getComputedStyle(e).borderTopColor);
  const purple = await stroke();
  await header.click({ button: 'right' });
  await expect(menu).toBeVisible();
  await expect(menu.getByRole('menuitemcheckbox', { name: 'Purple' })).toHaveAttribute('aria-checked', 'true');
  await menu.getByRole('menuitemcheckbox', { name: 'Green' }).click();
  await expect(menu).toBeHidden();
  await expect.poll(stroke).not.toBe(purple);
  await app.press('Control+z');
  await expect.poll(stroke).toBe(purple);

  // Select contents: the two nodes inside (not the one outside) and the note.
  await header.click({ button: 'right' });
  await menu.getByRole('menuitem', { name: 'Select group contents' }).click();
  await expect(app.canvas.selectedNodes()).toHaveCount(2);
  await expect(app.canvas.node('src')).toHaveClass(/\bis-selected\b/);
  await expect(app.canvas.node('fh')).toHaveClass(/\bis-selected\b/);
  await expect(app.canvas.node('lake')).not.toHaveClass(/\bis-selected\b/);

  // Ungroup: the frame goes, everything it held stays; one undo brings it back.
  await header.click({ button: 'right' });
  await menu.getByRole('menuitem', { name: /^Ungroup/ }).click();
  await expect(frame).toHaveCount(0);
  await expect(app.canvas.nodes).toHaveCount(3);
  await expect(app.canvas.root.locator('.annotation')).toHaveCount(1);
  await app.press('Control+z');
  await expect(frame).toHaveCount(1);

  // Delete with contents: the frame, its two nodes (and their edges) and the note; the outside node stays.
  await header.click({ button: 'right' });
  await menu.getByRole('menuitem', { name: 'Delete group and contents' }).click();
  await expect(frame).toHaveCount(0);
  await expect(app.canvas.nodes).toHaveCount(1);
  await expect(app.canvas.node('lake')).toBeVisible();
  await expect(app.canvas.edges).toHaveCount(0);
  await expect(app.canvas.root.locator('.annotation')).toHaveCount(0);
  await app.press('Control+z');
  await expect(app.canvas.nodes).toHaveCount(3);
  await expect(app.canvas.edges).toHaveCount(2);
  await expect(frame).toHaveCount(1);
  await expect(app.canvas.root.locator('.annotation')).toHaveCount(1);

  await app.press('Control+s');
  await app.waitForSaved(file);
  const saved = (await readDesign(file)).document;
  expect(saved.groups.map((g) => [g.label, g.colour])).toEqual([['Ingestion', 'purple']]);
});

test('Shift+F10 on a selected frame opens the group menu from the keyboard; Rename focuses the label field', async ({ app, launched }) => {
  await openFramed(app, launched.workspace);
  await app.canvas.root.locator('.group-frame__header').click();
  await expect(app.page.getByTestId('group-inspector')).toBeVisible();
  await app.canvas.clickEmpty({ x: 5, y: 5 });
  await app.canvas.root.locator('.group-frame__header').click();
  await app.press('Shift+F10');
  const menu = app.page.getByRole('menu', { name: 'Group actions' });
  await expect(menu).toBeVisible();
  await expect(menu.getByRole('menuitem', { name: /^Rename group/ })).toBeFocused();
  await app.press('Enter');
  await expect(menu).toBeHidden();
  const label = app.page.getByTestId('group-inspector').getByLabel('Label');
  await expect(label).toBeFocused();
  await app.page.keyboard.type('Ingestion tier');
  await expect(app.canvas.root.locator('.group-frame__label')).toHaveText('Ingestion tier');
  // One undo step for the whole rename.
  await app.canvas.clickEmpty({ x: 5, y: 5 });
  await app.press('Control+z');
  await expect(app.canvas.root.locator('.group-frame__label')).toHaveText('Ingestion');
});

test('Ctrl+F finds a sticky note by its text and a frame by its label: the match is selected and centred', async ({ app, launched }) => {
  await openFramed(app, launched.workspace);
  await app.press('Control+f');
  const bar = app.page.getByTestId('find-bar');
  const input = bar.getByRole('searchbox');
  const status = app.page.getByTestId('find-status');
  const note = app.canvas.root.locator('.annotation');
  const centreOffset = async (target: typeof note) => {
    const canvas = (await app.canvas.root.boundingBox())!;
    const box = (await target.boundingBox())!;
    return Math.hypot(box.x + box.width / 2 - (canvas.x + canvas.width / 2), box.y + box.height / 2 - (canvas.y + canvas.height / 2));
  };
  await input.fill('buffer 300');
  await expect(status).toHaveText('1 of 1');
  await expect(note).toHaveClass(/\bannotation--selected\b/);
  await expect.poll(() => centreOffset(note)).toBeLessThan(30);
  await expect(app.page.getByTestId('annotation-inspector')).toBeVisible();

  // "ingest": the Ingest node first, then the Ingestion frame.
  await input.fill('ingest');
  await expect(status).toHaveText('1 of 2');
  await expect(app.canvas.node('fh')).toHaveClass(/\bis-selected\b/);
  await input.press('Enter');
  await expect(status).toHaveText('2 of 2');
  const frame = app.canvas.root.locator('.group-frame');
  await expect(frame).toHaveClass(/\bgroup-frame--selected\b/);
  await expect(app.canvas.selectedNodes()).toHaveCount(0);
  await expect(app.page.getByTestId('group-inspector')).toBeVisible();
  await expect.poll(() => centreOffset(frame)).toBeLessThan(30);
});

test('Compare draws the group frames in both miniatures, around the icons of the nodes they hold', async ({ app, launched }) => {
  await openFramed(app, launched.workspace);
  // A change, so there is something to compare: the frame's colour.
  await app.canvas.root.locator('.group-frame__header').click({ button: 'right' });
  await app.page.getByRole('menu', { name: 'Group actions' }).getByRole('menuitemcheckbox', { name: 'Blue' }).click();
  const compare = new ComparePage(app.page);
  await app.chooseMenuItem('File', 'Compare with saved version');
  await compare.waitForComparison();
  for (const side of ['before', 'after'] as const) {
    const diagram = compare.diagram(side);
    const frame = diagram.locator('[data-group="g-ingest"]');
    await expect(frame).toHaveCount(1);
    await expect(frame.locator('text')).toHaveText('Ingestion');
    await expect(diagram.getByRole('img')).toHaveAccessibleName(/1 group: Ingestion\.$/);
    const box = (await frame.locator('rect').boundingBox())!;
    const inside = async (id: string) => {
      const icon = (await diagram.locator(`[data-node="${id}"] image`).boundingBox())!;
      return icon.x >= box.x && icon.y >= box.y && icon.x + icon.width <= box.x + box.width && icon.y + icon.height <= box.y + box.height;
    };
    expect([await inside('src'), await inside('fh'), await inside('lake')]).toEqual([true, true, false]);
  }
  // Each side in its own colour: purple as saved, blue now.
  const strokes = await Promise.all((['before', 'after'] as const).map((side) => compare.diagram(side).locator('[data-group="g-ingest"] rect').getAttribute('stroke')));
  expect(strokes[0]).not.toBe(strokes[1]);
});
