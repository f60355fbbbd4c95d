import { FORMAT_VERSION } from '../../shared/model/document';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Locator } from '@playwright/test';
import { EXAMPLES } from '../../shared/scenarios/examples';
import type { Box } from '../fixtures/canvasGeometry';
import { expect, test } from '../fixtures/test';
import { ExportPage } from '../pages/ExportPage';

const q1 = EXAMPLES.find((e) => e.id === 'q1-answer')!;

/** `inner` lies wholly inside `outer`. */
function contains(outer: Box, inner: Box): boolean {
  return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;
}

async function boxOf(locator: Locator): Promise<Box> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not on screen');
  return box;
}

async function nodeBoxes(cards: Locator): Promise<Box[]> {
  return cards.evaluateAll((elements) =>
    elements.map((e) => {
      const r = e.getBoundingClientRect();
      return { x: Math.round(r.x), y: Math.round(r.y), width: Math.round(r.width), height: Math.round(r.height) };
    }),
  );
}

/** The cards' boxes once the view stops moving (a fit or a pan animates): two readings agree. */
async function settledBoxes(cards: Locator, count: number): Promise<Box[]> {
  let boxes: Box[] = [];
  await expect
    .poll(async () => {
      const previous = JSON.stringify(boxes);
      boxes = await nodeBoxes(cards);
      return boxes.length === count && JSON.stringify(boxes) === previous;
    })
    .toBe(true);
  return boxes;
}

test('a group drawn around the Q1 nodes by mouse holds them; dragging its label moves them all, one undo puts everything back', async ({ app }) => {
  await app.openExample(q1.title);
  await expect(app.canvas.nodes).toHaveCount(q1.document.nodes.length);
  await app.chooseMenuItem('View', 'Fit view');
  let before = await settledBoxes(app.canvas.nodes, q1.document.nodes.length);

  // Shift-drag a selection box around every card, then the toolbar's Add group.
  const left = Math.min(...before.map((b) => b.x)) - 12;
  const top = Math.min(...before.map((b) => b.y)) - 12;
  const right = Math.max(...before.map((b) => b.x + b.width)) + 12;
  const bottom = Math.max(...before.map((b) => b.y + b.height)) + 12;
  const mouse = app.page.mouse;
  await app.page.keyboard.down('Shift');
  await mouse.move(left, top);
  await mouse.down();
  await mouse.move((left + right) / 2, (top + bottom) / 2, { steps: 5 });
  await mouse.move(right, bottom, { steps: 5 });
  await mouse.up();
  await app.page.keyboard.up('Shift');
  await expect(app.canvas.selectedNodes()).toHaveCount(q1.document.nodes.length);
  // The selection box may have panned the view near the pane's edge.
  before = await settledBoxes(app.canvas.nodes, q1.document.nodes.length);
  await app.toolbar.getByRole('button', { name: 'Add group' }).click();

  const frame = app.canvas.root.locator('.group-frame');
  await expect(frame).toHaveCount(1);
  await expect(app.toast(`Added a group around ${q1.document.nodes.length} nodes.`)).toBeVisible();
  let frameBox = await boxOf(frame);
  for (const card of before) expect(contains(frameBox, card), JSON.stringify(card)).toBe(true);
  await expect(app.page.getByTestId('group-inspector')).toContainText(`${q1.document.nodes.length} nodes inside`);

  // Fit view takes the frame in too; then drag the frame by its label strip.
  await app.chooseMenuItem('View', 'Fit view');
  before = await settledBoxes(app.canvas.nodes, q1.document.nodes.length);
  frameBox = await boxOf(frame);
  const pane = await boxOf(app.canvas.pane);
  expect(contains(pane, frameBox)).toBe(true);
  const header = await boxOf(frame.locator('.group-frame__header'));
  const start = { x: header.x + 40, y: header.y + header.height / 2 };
  // Away from the pane's edges, where React Flow would pan the view during the drag.
  const shift = { x: -20, y: 80 };
  await mouse.move(start.x, start.y);
  await mouse.down();
  await mouse.move(start.x + shift.x / 2, start.y + shift.y / 2, { steps: 4 });
  await mouse.move(start.x + shift.x, start.y + shift.y, { steps: 4 });
  await mouse.up();

  // The frame followed the pointer (less React Flow's first step, which starts the drag)…
  let movedFrame = frameBox;
  await expect
    .poll(async () => {
      movedFrame = await boxOf(frame);
      return Math.abs(movedFrame.x - frameBox.x - shift.x) <= 12 && Math.abs(movedFrame.y - frameBox.y - shift.y) <= 12;
    })
    .toBe(true);
  const moved = { x: movedFrame.x - frameBox.x, y: movedFrame.y - frameBox.y };
  // …and every card moved with it, by the same distance (±2 px: positions are whole canvas pixels).
  const near = (value: number, target: number) => (Math.abs(value - target) <= 2 ? target : value);
  await expect
    .poll(async () => (await nodeBoxes(app.canvas.nodes)).map((b, k) => [near(b.x - before[k]!.x, moved.x), near(b.y - before[k]!.y, moved.y)]))
    .toEqual(before.map(() => [moved.x, moved.y]));

  // One undo step takes the frame and every node back.
  await app.press('Control+z');
  await expect.poll(async () => JSON.stringify(await nodeBoxes(app.canvas.nodes))).toBe(JSON.stringify(before));
  const restored = await boxOf(frame);
  expect(Math.abs(restored.x - frameBox.x)).toBeLessThanOrEqual(1);
  expect(Math.abs(restored.y - frameBox.y)).toBeLessThanOrEqual(1);
});

test('the keyboard adds a group around selected nodes, renames and recolours it in the inspector, nudges it with its nodes, and Delete removes only the frame', async ({ app }) => {
  await app.openExample(q1.title);
  await expect(app.canvas.nodes).toHaveCount(q1.document.nodes.length);
  await app.canvas.pane.click({ position: { x: 10, y: 10 } });
  await app.press(']');
  await app.press('Shift+]');
  await expect(app.canvas.selectedNodes()).toHaveCount(2);
  await app.press('g');
  const frame = app.canvas.root.locator('.group-frame');
  await expect(frame).toHaveCount(1);

  const inspector = app.page.getByTestId('group-inspector');
  await expect(inspector).toContainText('2 nodes inside');
  await inspector.getByLabel('Label').fill('Ingest VPC');
  await inspector.getByLabel('Stands for').selectOption('vpc');
  await inspector.getByRole('radio', { name: 'orange' }).focus();
  await app.press('ArrowRight');
  await expect(inspector.getByRole('radio', { name: 'purple' })).toBeChecked();
  await expect(frame.locator('.group-frame__label')).toHaveText('Ingest VPC');
  await expect(frame.locator('.group-frame__kind')).toHaveText('VPC');
  await expect(frame).toHaveCSS('border-top-color', 'rgb(124, 77, 219)');

  // Shift+arrow moves the frame with the two nodes inside it; the others stay.
  const frameWrapper = app.canvas.root.locator('.react-flow__node-frame');
  await frameWrapper.focus();
  const cardsBefore = await nodeBoxes(app.canvas.nodes);
  const frameBefore = await boxOf(frame);
  await app.press('Shift+ArrowDown');
  await expect.poll(async () => (await boxOf(frame)).y).toBeGreaterThan(frameBefore.y + 3);
  const dy = (await boxOf(frame)).y - frameBefore.y;
  const cardsAfter = await nodeBoxes(app.canvas.nodes);
  const movedCards = cardsAfter.filter((b, k) => Math.abs(b.y - cardsBefore[k]!.y - dy) <= 1 && b.x === cardsBefore[k]!.x);
  const stillCards = cardsAfter.filter((b, k) => b.y === cardsBefore[k]!.y && b.x === cardsBefore[k]!.x);
  expect([movedCards.length, stillCards.length]).toEqual([2, q1.document.nodes.length - 2]);

  await frameWrapper.focus();
  await app.press('Delete');
  await expect(frame).toHaveCount(0);
  await expect(app.canvas.nodes).toHaveCount(q1.document.nodes.length);
});

test('a sticky note typed on the canvas is saved, comes back when the file is reopened, duplicates, and is in the exported SVG', async ({ app, launched }) => {
  test.setTimeout(90_000);
  await app.openExample(q1.title);
  await expect(app.canvas.nodes).toHaveCount(q1.document.nodes.length);
  await app.canvas.pane.click({ position: { x: 10, y: 10 } });
  await app.press('n');
  const input = app.canvas.root.getByRole('textbox', { name: 'Sticky note text' });
  await expect(input).toBeFocused();
  const text = 'Spot is fine: the weekly retrain can wait';
  await input.pressSequentially(text);
  await app.press('Escape');
  const note = app.canvas.root.locator('.annotation--sticky');
  await expect(note).toHaveText(text);

  const file = path.join(launched.workspace, 'q1-with-note.pipeboard.json');
  await app.saveAs(file);
  const saved = JSON.parse(await fs.readFile(file, 'utf8')) as { version: number; annotations: { kind: string; text: string }[] };
  expect(saved.version).toBe(FORMAT_VERSION);
  expect(saved.annotations).toEqual([expect.objectContaining({ kind: 'sticky', text })]);

  await app.chooseMenuItem('File', /^New( |$)/);
  await expect(note).toHaveCount(0);
  await app.open(file);
  await expect(app.documentName).toHaveText('q1-with-note');
  await expect(note).toHaveText(text);

  // Duplicate works on notes as on nodes, and undoes in one step.
  await note.click();
  await app.press('Control+d');
  await expect(note).toHaveCount(2);
  await expect(note.nth(1)).toHaveText(text);
  await app.press('Control+z');
  await expect(note).toHaveCount(1);

  const dialog = new ExportPage(app);
  await dialog.open();
  await dialog.choose('SVG image');
  const svgPath = path.join(launched.workspace, 'q1-with-note.svg');
  await dialog.exportTo(svgPath);
  const svg = await fs.readFile(svgPath, 'utf8');
  expect(svg).toContain('class="canvas-note"');
  expect(svg).toContain('Spot is fine: the weekly retrain');
});
