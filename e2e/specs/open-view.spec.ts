import path from 'node:path';
import { design } from '../../shared/model/builder';
import { syntheticPipeline } from '../../shared/model/syntheticPipeline';
import { EXAMPLES } from '../../shared/scenarios/examples';
import { writeDesign } from '../fixtures/engine';
import { expect, test } from '../fixtures/test';
import { viewportTransform } from '../fixtures/viewportTransform';

const q1 = EXAMPLES.find((e) => e.id === 'q1-answer')!;

/** The boxes of every node drawn on the canvas, and the pane's box, on screen. */
async function boxesOnScreen(page: import('@playwright/test').Page) {
  return page.evaluate(() => {
    const box = (e: Element) => e.getBoundingClientRect().toJSON() as { x: number; y: number; width: number; height: number; right: number; bottom: number };
    return { pane: box(document.querySelector('.canvas .react-flow')!), nodes: [...document.querySelectorAll('.canvas .react-flow__node')].map(box) };
  });
}

test('the Q1 answer opens at 1440×900 with full cards (readable zoom), its flow starting at the left edge', async ({ app }) => {
  await app.openExample(q1.title);
  await expect(app.canvas.nodes).toHaveCount(q1.document.nodes.length);
  const readout = app.page.getByTestId('zoom-readout');
  await expect(readout).toHaveText('85%');
  expect((await viewportTransform(app.page)).zoom).toBeGreaterThanOrEqual(11 / 13);
  await expect(app.canvas.root.locator('.service-node.is-compact')).toHaveCount(0);
  await expect(app.canvas.node('train').locator('.service-node__text')).toBeVisible();
  await expect(app.canvas.root.locator('.flow-edge__label').first()).toBeVisible();
  // The first four cards are wholly in the pane, the source card just inside its left edge.
  const { pane, nodes } = await boxesOnScreen(app.page);
  for (const node of nodes.slice(0, 4)) {
    expect(node.x).toBeGreaterThanOrEqual(pane.x);
    expect(node.right).toBeLessThanOrEqual(pane.right);
    expect(node.y).toBeGreaterThanOrEqual(pane.y);
    expect(node.bottom).toBeLessThanOrEqual(pane.bottom);
  }
  expect(nodes[0]!.x - pane.x).toBeLessThan(40);
});

test('a small design opens at 100%, a large one fitted', async ({ app, launched }) => {
  const small = design({ title: 'Small', nodes: [{ id: 'a', service: 'source', label: 'Events' }, { id: 'b', service: 's3', label: 'Lake' }], flows: ['a>b'] });
  const smallFile = path.join(launched.workspace, 'small.pipeboard.json');
  await writeDesign(smallFile, small);
  await app.open(smallFile);
  await expect(app.canvas.nodes).toHaveCount(2);
  await expect(app.page.getByTestId('zoom-readout')).toHaveText('100%');

  const large = syntheticPipeline(60);
  const largeFile = path.join(launched.workspace, 'large.pipeboard.json');
  await writeDesign(largeFile, large);
  await app.open(largeFile);
  await expect(app.canvas.nodes).toHaveCount(60);
  await expect.poll(async () => (await viewportTransform(app.page)).zoom).toBeLessThan(11 / 13);
  // Fitted: every card in the pane.
  await expect
    .poll(async () => {
      const { pane, nodes } = await boxesOnScreen(app.page);
      return nodes.filter((n) => n.x < pane.x - 1 || n.right > pane.right + 1 || n.y < pane.y - 1 || n.bottom > pane.bottom + 1).length;
    })
    .toBe(0);
});
