import path from 'node:path';
import { design } from '../../shared/model/builder';
import { canvasGeometry, type NodeBox } from '../fixtures/canvasGeometry';
import { readDesign, writeDesign } from '../fixtures/engine';
import { expect, test } from '../fixtures/test';
import type { AppPage } from '../pages/AppPage';

/** Three unconnected nodes, staggered so no two share an edge or a centre line. */
const staggered = design({
  title: 'Staggered',
  nodes: [
    { id: 'a', service: 's3', label: 'Lake A', at: [0, 0] },
    { id: 'b', service: 's3', label: 'Lake B', at: [1, 1] },
    { id: 'c', service: 's3', label: 'Lake C', at: [3, 0] },
  ],
  flows: [],
});
staggered.nodes[1]!.position = { x: 300, y: 170 };
staggered.nodes[2]!.position = { x: 900, y: 40 };

const chain = design({
  title: 'Chain',
  nodes: [
    { id: 'src', service: 'source', label: 'Hospitals', params: { eventsPerSecond: 500 }, at: [0, 0] },
    { id: 'fh', service: 'firehose', label: 'Ingest', at: [1, 0] },
    { id: 'lake', service: 's3', label: 'Raw lake', at: [2, 1] },
  ],
  flows: ['src>fh>lake'],
});

async function openDesign(app: AppPage, workspace: string, name: string, doc: typeof staggered): Promise<string> {
  const file = path.join(workspace, `${name}.pipeboard.json`);
  await writeDesign(file, doc);
  await app.open(file);
  await expect(app.canvas.nodes).toHaveCount(doc.nodes.length);
  return file;
}

async function boxes(app: AppPage): Promise<Map<string, NodeBox>> {
  const geometry = await canvasGeometry(app.page);
  return new Map(geometry.nodes.map((node) => [node.id, node]));
}

test('align from a node’s context menu lines the selection up, and one undo puts it back', async ({ app, launched }) => {
  await openDesign(app, launched.workspace, 'staggered', staggered);
  const before = await boxes(app);
  await app.canvas.pane.click({ position: { x: 10, y: 10 } });
  await app.press('Control+a');
  await app.canvas.node('b').click({ button: 'right' });
  const menu = app.page.getByRole('menu', { name: 'Node actions' });
  await expect(menu).toBeVisible();
  await menu.getByRole('menuitem', { name: 'Align top' }).click();
  await expect(menu).toBeHidden();
  await expect.poll(async () => [...(await boxes(app)).values()].map((b) => Math.round(b.y))).toEqual(Array(3).fill(Math.round(before.get('a')!.y)));
  // x is untouched.
  const after = await boxes(app);
  for (const id of ['a', 'b', 'c']) expect(after.get(id)!.x).toBeCloseTo(before.get(id)!.x, 0);
  await app.press('Control+z');
  await expect.poll(async () => Math.round((await boxes(app)).get('b')!.y)).toBe(Math.round(before.get('b')!.y));
});

test('distribute horizontally from the keyboard makes the gaps equal; the Arrange menu lists it', async ({ app, launched }) => {
  const file = await openDesign(app, launched.workspace, 'staggered', staggered);
  await app.canvas.pane.click({ position: { x: 10, y: 10 } });
  await app.press('Control+a');
  await app.press('Alt+Shift+KeyH');
  await expect
    .poll(async () => {
      const b = await boxes(app);
      const a = b.get('a')!;
      const m = b.get('b')!;
      const c = b.get('c')!;
      return Math.abs(m.x - (a.x + a.width) - (c.x - (m.x + m.width))) < 1.5;
    })
    .toBe(true);
  await app.press('Control+s');
  await app.waitForSaved(file);
  const saved = (await readDesign(file)).document;
  const x = (id: string) => saved.nodes.find((n) => n.id === id)!.position.x;
  expect(x('a')).toBe(staggered.nodes[0]!.position.x);
  expect(x('c')).toBe(staggered.nodes[2]!.position.x);
  expect(x('b')).not.toBe(300);
  await app.menuButton('Arrange').click();
  await expect(app.menu('Arrange').getByRole('menuitem', { name: /Distribute horizontally/ })).toBeVisible();
  await app.press('Escape');
});

test('the context menu opens from the keyboard, moves with the arrows and runs with Enter', async ({ app, launched }) => {
  await openDesign(app, launched.workspace, 'chain', chain);
  await app.canvas.select('lake');
  await app.press('Shift+F10');
  const menu = app.page.getByRole('menu', { name: 'Node actions' });
  await expect(menu).toBeVisible();
  await expect(menu.getByRole('menuitem', { name: /^Cut/ })).toBeFocused();
  // Cut → Copy → Paste → Duplicate.
  await app.press('ArrowDown');
  await app.press('ArrowDown');
  await app.press('ArrowDown');
  await expect(menu.getByRole('menuitem', { name: /^Duplicate/ })).toBeFocused();
  await app.press('Enter');
  await expect(menu).toBeHidden();
  await expect(app.canvas.nodes).toHaveCount(4);
  // Escape closes without doing anything.
  await app.press('Shift+F10');
  await expect(menu).toBeVisible();
  await app.press('Escape');
  await expect(menu).toBeHidden();
  await expect(app.canvas.nodes).toHaveCount(4);
});

test('an edge’s context menu deletes it; the empty canvas’s offers layout and fit view', async ({ app, launched }) => {
  await openDesign(app, launched.workspace, 'chain', chain);
  await expect(app.canvas.edges).toHaveCount(2);
  // Right-click the drawn path a quarter of the way along (the label sits at its middle).
  const edge = (await canvasGeometry(app.page)).edges.find((e) => e.id === 'src-fh')!;
  const on = edge.points[Math.floor(edge.points.length / 4)]!;
  await app.page.mouse.click(on.x, on.y, { button: 'right' });
  const edgeMenu = app.page.getByRole('menu', { name: 'Edge actions' });
  await expect(edgeMenu).toBeVisible();
  await edgeMenu.getByRole('menuitem', { name: /^Delete/ }).click();
  await expect(app.canvas.edges).toHaveCount(1);

  await app.canvas.pane.click({ button: 'right', position: { x: 30, y: 30 } });
  const canvasMenu = app.page.getByRole('menu', { name: 'Canvas actions' });
  await expect(canvasMenu).toBeVisible();
  await expect(canvasMenu.getByRole('menuitem', { name: /^Auto-layout/ })).toBeVisible();
  await expect(canvasMenu.getByRole('menuitem', { name: /^Fit view/ })).toBeVisible();
  await expect(canvasMenu.getByRole('menuitemcheckbox', { name: /Orthogonal edges/ })).toHaveAttribute('aria-checked', 'false');
});

test('orthogonal edges: the View menu switches the design to steps, and the file keeps it', async ({ app, launched }) => {
  const file = await openDesign(app, launched.workspace, 'chain', chain);
  const pathData = () => app.canvas.edge('fh-lake').locator('path.react-flow__edge-path').getAttribute('d');
  expect(await pathData()).toContain('C');
  await app.menuButton('View').click();
  await app.menu('View').getByRole('menuitemcheckbox', { name: /Orthogonal edges/ }).click();
  await expect.poll(pathData).not.toContain('C');
  // Steps: every sampled stretch of the path runs horizontally or vertically (corners aside).
  const edge = (await canvasGeometry(app.page)).edges.find((e) => e.id === 'fh-lake')!;
  const straight = edge.points.slice(1).filter((p, i) => Math.abs(p.x - edge.points[i]!.x) < 0.5 || Math.abs(p.y - edge.points[i]!.y) < 0.5);
  expect(straight.length / (edge.points.length - 1)).toBeGreaterThan(0.85);
  await app.press('Control+s');
  await app.waitForSaved(file);
  expect((await readDesign(file)).text).toContain('"edgeStyle": "orthogonal"');
  // Shift+E switches back to curves; the design inspector's Settings offer the choice too.
  await app.canvas.clickEmpty();
  await app.press('Shift+E');
  await expect.poll(pathData).toContain('C');
  await app.page.locator('summary', { hasText: /^Settings$/ }).click();
  await app.page.getByLabel('Edges', { exact: true }).selectOption('orthogonal');
  await expect.poll(pathData).not.toContain('C');
});

test('find on canvas jumps to a node by label, service or value; Enter cycles, Escape closes', async ({ app, launched }) => {
  await openDesign(app, launched.workspace, 'chain', chain);
  await app.press('Control+f');
  const bar = app.page.getByTestId('find-bar');
  await expect(bar).toBeVisible();
  const input = bar.getByRole('searchbox');
  await expect(input).toBeFocused();
  await input.fill('firehose');
  await expect(app.page.getByTestId('find-status')).toHaveText('1 of 1');
  await expect(app.canvas.node('fh')).toHaveClass(/\bis-selected\b/);
  // The view centres on the match.
  await expect
    .poll(async () => {
      const canvas = (await app.canvas.root.boundingBox())!;
      const node = (await app.canvas.node('fh').boundingBox())!;
      return Math.hypot(node.x + node.width / 2 - (canvas.x + canvas.width / 2), node.y + node.height / 2 - (canvas.y + canvas.height / 2));
    })
    .toBeLessThan(30);
  await input.fill('500');
  await expect(app.canvas.node('src')).toHaveClass(/\bis-selected\b/);
  // "a": Hospitals, Amazon … Firehose, Raw lake.
  await input.fill('a');
  const status = app.page.getByTestId('find-status');
  await expect(status).toHaveText('1 of 3');
  await input.press('Enter');
  await expect(status).toHaveText(/^2 of /);
  await input.press('Shift+Enter');
  await expect(status).toHaveText(/^1 of /);
  await input.fill('no such thing');
  await expect(status).toHaveText('No matches');
  await input.press('Escape');
  await expect(bar).toBeHidden();
});

test('dragging a node near another’s top shows a guide and snaps onto it', async ({ app, launched }) => {
  const file = await openDesign(app, launched.workspace, 'staggered', staggered);
  const before = await boxes(app);
  const a = before.get('a')!;
  const c = before.get('c')!;
  // Drag c so its top lands 3 screen px below a's top.
  const start = { x: c.x + c.width / 2, y: c.y + 10 };
  const dy = a.y + 3 - c.y;
  await app.page.mouse.move(start.x, start.y);
  await app.page.mouse.down();
  // The first move only starts the drag (React Flow's threshold): the node follows the moves after it.
  await app.page.mouse.move(start.x, start.y + 5);
  for (let k = 1; k <= 8; k++) await app.page.mouse.move(start.x - (k * 40) / 8, start.y + 5 + (dy * k) / 8);
  await expect(app.page.getByTestId('align-guide').first()).toBeVisible();
  await app.page.mouse.up();
  await expect(app.page.getByTestId('align-guide')).toHaveCount(0);
  await app.press('Control+s');
  await app.waitForSaved(file);
  const saved = (await readDesign(file)).document;
  expect(saved.nodes.find((n) => n.id === 'c')!.position.y).toBe(saved.nodes.find((n) => n.id === 'a')!.position.y);
});

test('the shortcuts sheet lists the new actions with their keys', async ({ app }) => {
  await app.press('?');
  const sheet = app.shortcutsSheet;
  await expect(sheet).toBeVisible();
  for (const label of ['Align left', 'Distribute horizontally', 'Find on canvas…', 'Orthogonal edges', 'Open context menu']) {
    await expect(sheet.getByText(label, { exact: true })).toBeVisible();
  }
  const row = sheet.locator('.shortcuts__row').filter({ hasText: 'Align left' });
  await expect(row.locator('kbd')).toHaveText(['Alt', 'Shift', 'L']);
});

test('“Add node here…” adds the service typed in the palette where the canvas menu opened; “Change service…” goes to the field', async ({ app, launched }) => {
  await openDesign(app, launched.workspace, 'chain', chain);
  const canvas = (await app.canvas.root.boundingBox())!;
  const spot = { x: canvas.x + canvas.width * 0.5, y: canvas.y + canvas.height * 0.8 };
  await app.page.mouse.click(spot.x, spot.y, { button: 'right' });
  const menu = app.page.getByRole('menu', { name: 'Canvas actions' });
  await menu.getByRole('menuitem', { name: /^Add node here/ }).click();
  const search = app.page.getByRole('searchbox', { name: 'Search services' });
  await expect(search).toBeFocused();
  await search.fill('dynamodb');
  await search.press('Enter');
  await expect(app.canvas.nodes).toHaveCount(4);
  const added = app.canvas.selectedNodes();
  await expect(added).toHaveCount(1);
  const box = (await added.boundingBox())!;
  expect(Math.abs(box.x + box.width / 2 - spot.x)).toBeLessThan(box.width / 2);
  expect(Math.abs(box.y + box.height / 2 - spot.y)).toBeLessThan(box.height);

  await added.click({ button: 'right' });
  await app.page.getByRole('menu', { name: 'Node actions' }).getByRole('menuitem', { name: /^Change service/ }).click();
  await expect(app.inspector.nodeForm.getByLabel('Service', { exact: true })).toBeFocused();
});
