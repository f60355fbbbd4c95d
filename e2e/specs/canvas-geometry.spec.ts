import path from 'node:path';
import type { PipelineDocument } from '../../shared/model/document';
import { syntheticPipeline } from '../../shared/model/syntheticPipeline';
import { EXAMPLES } from '../../shared/scenarios/examples';
import { canvasGeometry, edgesThroughNodes, labelsOverNodes, overlappingNodes, type CanvasGeometry } from '../fixtures/canvasGeometry';
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
