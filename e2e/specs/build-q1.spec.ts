import path from 'node:path';
import { EXAMPLES } from '../../shared/scenarios/examples';
import { cliCost, designShape, dollars, engineTotal, readDesign } from '../fixtures/engine';
import { expect, test } from '../fixtures/test';

const q1 = EXAMPLES.find((e) => e.id === 'q1-answer')!;

test('builds the Q1 answer by dragging from the palette; the cost panel agrees with the CLI and there are no errors', async ({ app, launched }) => {
  const { palette, canvas, inspector, issues, cost } = app;

  // Two rows on the canvas; each drop selects the new node, so its form is open right away.
  const src = await canvas.dropFromPalette(palette.item('Source'), { x: 130, y: 110 });
  await inspector.setText('Label', '500 hospitals');
  await inspector.choose('Rate given as', 'volume');
  await inspector.setNumber(/^Volume/, 2);

  const fh = await canvas.dropFromPalette(palette.item('Firehose'), { x: 430, y: 110 });
  await inspector.setText('Label', 'Hospital feed');

  const s3 = await canvas.dropFromPalette(palette.item('S3'), { x: 730, y: 110 });
  await inspector.setText('Label', 'Training data');

  const train = await canvas.dropFromPalette(palette.item('SageMaker Training'), { x: 280, y: 320 });
  await inspector.setText('Label', 'Weekly training');
  await inspector.choose('Purchase option', 'spot');
  await inspector.choose('Instance type', 'ml.p3.2xlarge');
  await inspector.setNumber(/^Training time/, 6);
  await inspector.setNumber(/^Runs per month/, 4.35);
  await inspector.setNumber(/^Deadline/, 72);
  await inspector.setNumber(/^Max wait/, 72);
  await inspector.setChecked('Checkpointing', true);

  const serve = await canvas.dropFromPalette(palette.item('DynamoDB'), { x: 600, y: 320 });
  await inspector.setText('Label', 'Risk scores');
  await inspector.setNumber(/^Read latency target/, 50);
  await inspector.setNumber(/^Reads/, 20);
  await inspector.setNumber(/^Writes/, 1);
  await inspector.setNumber(/^Data stored/, 5);

  // Handle to handle with the mouse.
  const edges = [
    await canvas.connect(src, fh),
    await canvas.connect(fh, s3),
    await canvas.connect(s3, train),
    await canvas.connect(train, serve),
  ];
  await expect(canvas.edges).toHaveCount(4);
  // Each edge carries the rate the engine derived for it.
  await expect(canvas.edgeLabel(edges[0]!)).toHaveText(/\/s$/);

  // Nothing selected: the document's form; the budget goes there.
  await canvas.clickEmpty();
  await expect(inspector.documentForm).toBeVisible();
  await inspector.setText('Title', q1.document.title);
  await inspector.setNumber(/^Budget per month/, 500);

  const expected = dollars(engineTotal(q1.document));
  expect(expected).toBe('$112.05');
  await cost.show();
  await expect(cost.total).toHaveText(expected);
  await expect(cost.tab).toHaveText(`Cost ${expected}/mo`);
  await expect(cost.budgetMeter).toHaveAttribute('aria-valuetext', `${dollars(500 - 112.05)} left of a $500.00 budget`);
  for (const id of [fh, s3, train, serve]) await expect(cost.node(id)).toBeVisible();

  await issues.show();
  await expect(issues.empty).toBeVisible();
  await expect(issues.tab).toHaveText('Issues (0)');
  for (const id of [src, fh, s3, train, serve]) await expect(canvas.node(id)).not.toHaveClass(/\bhas-(error|warning)\b/);

  // The saved file: the CLI computes the same total, and the design is the study notes' answer.
  const file = path.join(launched.workspace, 'q1.pipeboard.json');
  await app.saveAs(file);
  const cli = await cliCost(file);
  expect(dollars(cli.cost.total)).toBe(expected);
  expect(cli.issues.filter((i) => i.severity === 'error')).toEqual([]);
  const { document: design } = await readDesign(file);
  expect(designShape(design)).toEqual(designShape(q1.document));
});
