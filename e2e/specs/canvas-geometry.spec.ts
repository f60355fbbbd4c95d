import path from 'node:path';
import type { PipelineDocument } from '../../shared/model/document';
import { syntheticPipeline } from '../../shared/model/syntheticPipeline';
import { EXAMPLES } from '../../shared/scenarios/examples';
import { design } from '../../shared/model/builder';
import { canvasGeometry, edgesThroughNodes, labelsOverLabels, labelsOverNodes, overlappingNodes, type CanvasGeometry } from '../fixtures/canvasGeometry';
import { viewportTransform } from '../fixtures/viewportTransform';
import { writeDesign } from '../fixtures/engine';
import { expect, test } from '../fixtures/test';
import type { AppPage } from '../pages/AppPage';

/**
 * Measured, not claimed: what the canvas draws for every built-in example and for auto-layout of a
 * 100-node design has no two node boxes overlapping, no edge through a box other than its ends, and
 * no edge label covered by a node.
 */

const endsIn = (doc: PipelineDocument) => (edgeId: string) => {
  const edge = doc.edges.find((e) => e.id === edgeId);
  return { source: edge?.source ?? '', target: edge?.target ?? '' };
};

/** Every problem the geometry shows, as readable strings (empty when the drawing is clean). */
function problems(geometry: CanvasGeometry, doc: PipelineDocument): string[] {
  return [...overlappingNodes(geometry.nodes).map((pair) => `overlap ${pair}`), ...edgesThroughNodes(geometry, endsIn(doc)), ...labelsOverNodes(geometry)];
}

/** The geometry once every node and edge of `doc` is drawn, measured, and the view has settled. */
async function settledProblems(app: AppPage, doc: PipelineDocument): Promise<string[]> {
  await expect(app.canvas.nodes).toHaveCount(doc.nodes.length);
  await expect(app.canvas.edges).toHaveCount(doc.edges.length);
  let found: string[] = ['not drawn yet'];
  await expect
    .poll(
      async () => {
        const geometry = await canvasGeometry(app.page);
        const measured = geometry.nodes.every((n) => n.width > 0) && geometry.edges.every((e) => e.points.length > 2);
        found = measured ? problems(geometry, doc) : ['not measured yet'];
        return found;
      },
      { timeout: 15_000 },
    )
    .toEqual([])
    .catch(() => undefined);
  return found;
}

for (const example of EXAMPLES) {
  test(`example "${example.title}": no overlapping boxes, no edge through a node, no covered label`, async ({ app }) => {
    await app.openExample(example.title);
    expect(await settledProblems(app, example.document)).toEqual([]);
  });
}

test('auto-layout of a 100-node design: no overlapping boxes, no edge through a node, no covered label', async ({ app, launched }) => {
  test.setTimeout(120_000);
  const doc = syntheticPipeline(100);
  // Start from a heap: every node near the origin.
  doc.nodes.forEach((node, k) => (node.position = { x: (k % 5) * 40, y: Math.floor(k / 5) * 30 }));
  const file = path.join(launched.workspace, 'heap.pipeboard.json');
  await writeDesign(file, doc);
  await app.open(file);
  await expect(app.canvas.nodes).toHaveCount(doc.nodes.length);
  await app.tool('Auto-layout').click();
  // The layout has landed once the heap's overlaps are gone; the check runs on the fitted view.
  await expect.poll(async () => overlappingNodes((await canvasGeometry(app.page)).nodes).length, { timeout: 30_000 }).toBe(0);
  expect(await settledProblems(app, doc)).toEqual([]);
});

/** Two feeds whose edges to the lakes cross: their rate labels would sit on the same spot. */
const crossing = design({
  title: 'Crossing feeds',
  nodes: [
    { id: 'clicks', service: 'source', label: 'Clicks', params: { eventsPerSecond: 500 }, at: [0, 0] },
    { id: 'orders', service: 'source', label: 'Orders', params: { eventsPerSecond: 4000 }, at: [0, 1] },
    { id: 'fh1', service: 'firehose', label: 'Click feed', at: [1, 0] },
    { id: 'fh2', service: 'firehose', label: 'Order feed', at: [1, 1] },
    { id: 'lakeA', service: 's3', label: 'Order lake', at: [3, 0] },
    { id: 'lakeB', service: 's3', label: 'Click lake', at: [3, 1] },
  ],
  flows: ['clicks>fh1>lakeB', 'orders>fh2>lakeA'],
});

/** Labels over labels or nodes, once the view has settled at the zoom the last key set. */
async function labelProblems(app: AppPage): Promise<string[]> {
  let found: string[] = [];
  let previous = '';
  await expect
    .poll(async () => {
      const geometry = await canvasGeometry(app.page);
      const now = JSON.stringify(await viewportTransform(app.page));
      const settled = now === previous;
      previous = now;
      found = [...labelsOverNodes(geometry), ...labelsOverLabels(geometry)];
      return settled && found.length === 0;
    })
    .toBe(true)
    .catch(() => undefined);
  return found;
}

test('edge labels that would collide hide: the crossing feeds show the busier one’s label, and no label overlaps another or a node at any zoom', async ({ app, launched }) => {
  const file = path.join(launched.workspace, 'crossing.pipeboard.json');
  await writeDesign(file, crossing);
  await app.open(file);
  await expect(app.canvas.nodes).toHaveCount(crossing.nodes.length);
  await expect(app.canvas.edgeLabel('orders-fh2')).toBeVisible();
  // Both labels sit where the edges cross: the order feed (4,000 events/s) keeps its label.
  await expect(app.canvas.edgeLabel('fh2-lakeA')).toBeVisible();
  await expect(app.canvas.edgeLabel('fh1-lakeB')).toHaveCount(0);
  await app.canvas.clickEmpty({ x: 5, y: 5 });
  for (const key of ['0', '=', '=']) {
    await app.press(key);
    expect(await labelProblems(app), `after ${key}`).toEqual([]);
  }
  // Moving the order lake away frees the spot: both labels show.
  await app.canvas.select('lakeA');
  for (let i = 0; i < 8; i++) await app.press('Shift+ArrowUp');
  await expect(app.canvas.edgeLabel('fh1-lakeB')).toBeVisible();
  expect(await labelProblems(app)).toEqual([]);
});

for (const example of EXAMPLES) {
  test(`example "${example.title}": no edge label overlaps another or a node, as opened, at 100% and zoomed in`, async ({ app }) => {
    await app.openExample(example.title);
    await expect(app.canvas.nodes).toHaveCount(example.document.nodes.length);
    expect(await labelProblems(app), 'as opened').toEqual([]);
    await app.canvas.clickEmpty({ x: 5, y: 5 });
    for (const key of ['0', '=', '=']) {
      await app.press(key);
      expect(await labelProblems(app), `after ${key}`).toEqual([]);
    }
  });
}
