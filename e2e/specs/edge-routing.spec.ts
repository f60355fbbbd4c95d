import path from 'node:path';
import { design } from '../../shared/model/builder';
import type { PipelineDocument } from '../../shared/model/document';
import { EXAMPLES } from '../../shared/scenarios/examples';
import { canvasGeometry, edgesThroughNodes, labelsOverNodes, type CanvasGeometry } from '../fixtures/canvasGeometry';
import { writeDesign } from '../fixtures/engine';
import { expect, test } from '../fixtures/test';
import type { AppPage } from '../pages/AppPage';

const endsIn = (doc: PipelineDocument) => (edgeId: string) => {
  const edge = doc.edges.find((e) => e.id === edgeId);
  return { source: edge?.source ?? '', target: edge?.target ?? '' };
};

/** The canvas once every node, edge and rate label of `doc` is drawn and measured. */
async function settledGeometry(app: AppPage, doc: PipelineDocument): Promise<CanvasGeometry> {
  await expect(app.canvas.nodes).toHaveCount(doc.nodes.length);
  await expect(app.canvas.root.locator('.react-flow__edge')).toHaveCount(doc.edges.length);
  let geometry: CanvasGeometry | undefined;
  await expect
    .poll(async () => {
      geometry = await canvasGeometry(app.page);
      return geometry.nodes.every((n) => n.width > 0) && geometry.edges.every((e) => e.points.length > 2);
    })
    .toBe(true);
  return geometry!;
}

for (const id of ['q1-answer', 'q2-answer']) {
  const example = EXAMPLES.find((e) => e.id === id)!;
  test(`${id}: no edge runs through a node other than its ends, and no rate label touches a node`, async ({ app }) => {
    await app.openExample(example.title);
    // At Fit view the cards are compact and the rate labels hidden (semantic zoom): read them at 100%.
    const readout = app.page.getByTestId('zoom-readout');
    await readout.click();
    await expect(readout).toHaveText('100%');
    const labelled = example.document.edges.length;
    await expect(app.canvas.root.locator('.react-flow__edge')).toHaveCount(labelled);
    // The geometry must hold once the view has settled (fit view runs after the nodes are measured).
    await expect
      .poll(async () => {
        const geometry = await settledGeometry(app, example.document);
        return [...edgesThroughNodes(geometry, endsIn(example.document)), ...labelsOverNodes(geometry)];
      })
      .toEqual([]);
    // The labels are all there, whole: "0.56 MB/s", not "0.56 MB/".
    const labels = await app.page.locator('[data-testid^="edge-label-"]').allTextContents();
    expect(labels.length).toBeGreaterThan(0);
    for (const text of labels) expect(text).toMatch(/^[\d.,]+ (MB|KB|GB)\/s$/);
  });
}

// "Clicks" sits right of the Firehose it feeds, with the lake between them.
const backwards = design({
  title: 'Backwards',
  nodes: [
    { id: 'fh', service: 'firehose', label: 'Delivery', at: [0, 0] },
    { id: 'lake', service: 's3', label: 'Lake', at: [1, 0] },
    { id: 'src', service: 'source', label: 'Clicks', at: [2, 0] },
  ],
  flows: ['src>fh', 'fh>lake'],
});

test('an edge to a node on its left goes around the nodes: out to the right, in from the left', async ({ app, launched }) => {
  const file = path.join(launched.workspace, 'backwards.pipeboard.json');
  await writeDesign(file, backwards);
  await app.open(file);
  await expect
    .poll(async () => {
      const geometry = await settledGeometry(app, backwards);
      return [...edgesThroughNodes(geometry, endsIn(backwards)), ...labelsOverNodes(geometry)];
    })
    .toEqual([]);
  const geometry = await canvasGeometry(app.page);
  const edge = geometry.edges.find((e) => e.id === 'src-fh')!;
  const [first, second] = edge.points;
  const [beforeLast, last] = edge.points.slice(-2);
  expect(second!.x).toBeGreaterThan(first!.x); // leaves the source to the right
  expect(last!.x).toBeGreaterThan(beforeLast!.x); // enters the target from its left
  const clicks = geometry.nodes.find((n) => n.id === 'src')!;
  const delivery = geometry.nodes.find((n) => n.id === 'fh')!;
  expect(first!.x).toBeGreaterThanOrEqual(clicks.x + clicks.width - 2);
  expect(last!.x).toBeLessThanOrEqual(delivery.x + 2);
});
