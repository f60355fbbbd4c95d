import type { Params, PipelineDocument } from '../../shared/model/document';
import { EXAMPLES } from '../../shared/scenarios/examples';
import { dollars, engineTotal } from '../fixtures/engine';
import { expect, test } from '../fixtures/test';

const q1 = EXAMPLES.find((e) => e.id === 'q1-answer')!;

test.beforeEach(async ({ app }) => {
  await app.openExample(q1.title);
  await expect(app.documentName).toHaveText(q1.document.title);
  await expect(app.issues.empty).toBeVisible();
});

test('a Firehose feeding two consumers is an error; its fix clears it and undo brings it back', async ({ app }) => {
  const { palette, canvas, issues } = app;
  const rule = 'firehose-multiple-consumers';

  // A second consumer for the Firehose ("fh" feeds "s3" in the example).
  const lambda = await canvas.dropFromPalette(palette.item('Lambda'), { x: 420, y: 380 });
  await canvas.connect('fh', lambda);

  await expect(canvas.node('fh')).toHaveClass(/\bhas-error\b/);
  await expect(canvas.badge('fh')).toHaveAccessibleName(/\b1 error\b/);
  await expect(issues.issue(rule)).toHaveAttribute('data-severity', 'error');
  await expect(issues.issue(rule)).toContainText('Hospital feed feeds 2 consumers');
  await expect(await issues.why(rule)).toContainText('Firehose delivers each record to a single destination');

  await issues.applyFix(rule, 'Replace Firehose with Kinesis Data Streams');
  await expect(issues.issue(rule)).toHaveCount(0);
  await expect(canvas.node('fh')).toHaveAttribute('data-service', 'kinesis-data-streams');
  await expect(canvas.node('fh')).not.toHaveClass(/\bhas-error\b/);
  await expect(issues.ofSeverity('error')).toHaveCount(0);
  // The store that took Firehose's objects keeps a Firehose of its own.
  await expect(canvas.nodes.filter({ hasText: 'Firehose to Training data' })).toHaveCount(1);

  await app.press('Control+z');
  await expect(canvas.node('fh')).toHaveAttribute('data-service', 'firehose');
  await expect(canvas.node('fh')).toHaveClass(/\bhas-error\b/);
  await expect(canvas.badge('fh')).toHaveAccessibleName(/\b1 error\b/);
  await expect(issues.issue(rule)).toBeVisible();
  await expect(canvas.nodes.filter({ hasText: 'Firehose to Training data' })).toHaveCount(0);
});

test('an invalid connection is refused while dragging and on drop says why; no edge is added', async ({ app }) => {
  const { palette, canvas } = app;
  const endpoint = await canvas.dropFromPalette(palette.item('SageMaker Inference'), { x: 420, y: 380 });
  const edgesBefore = await canvas.edgeIds();

  await canvas.dragConnection('fh', endpoint, async () => {
    // While the button is held over it: the endpoint and its input handle are marked refused,
    // a store that takes objects is marked allowed.
    await expect(canvas.node(endpoint)).toHaveClass(/\breach-refused\b/);
    await expect(canvas.node(endpoint)).toHaveAttribute('title', 'Cannot connect here');
    await expect(canvas.handle(endpoint, 'target')).toHaveClass(/\bconnectingto\b/);
    await expect(canvas.handle(endpoint, 'target')).not.toHaveClass(/\bvalid\b/);
    await expect(canvas.node('s3')).toHaveClass(/\breach-allowed\b/);
  });

  await expect(app.toast('SageMaker Inference reads objects (files) only from S3; otherwise it takes a trained model, queries or features, and Firehose sends objects (files).')).toBeVisible();
  await expect(canvas.node(endpoint)).not.toHaveClass(/\breach-/);
  expect(await canvas.edgeIds()).toEqual(edgesBefore);
});

/** The Q1 answer with its source's params changed. */
function withSource(params: Params): PipelineDocument {
  return { ...q1.document, nodes: q1.document.nodes.map((node) => (node.id === 'src' ? { ...node, params: { ...node.params, ...params } } : node)) };
}

test('a source shows only its rate mode’s fields, and the volume it is given prices the design', async ({ app }) => {
  const { canvas, inspector, cost } = app;
  await cost.show();
  await expect(cost.total).toHaveText(dollars(engineTotal(q1.document)));

  await canvas.select('src');
  await expect(inspector.combobox('Rate given as')).toHaveValue('volume');
  await expect(inspector.textbox(/^Events/)).toHaveCount(0);
  await expect(inspector.textbox(/^Event size/)).toHaveCount(0);

  // 4 GB/h instead of 2: Firehose ingests twice the GB.
  await inspector.setNumber(/^Volume/, 4);
  const fourGb = dollars(engineTotal(withSource({ gbPerHour: 4 })));
  expect(fourGb).not.toBe(dollars(engineTotal(q1.document)));
  await expect(cost.total).toHaveText(fourGb);

  // Back to events: the volume is hidden and ignored, the events fields price it.
  await inspector.choose('Rate given as', 'events');
  await expect(inspector.textbox(/^Volume/)).toHaveCount(0);
  await expect(inspector.textbox(/^Events/)).toBeVisible();
  const byEvents = dollars(engineTotal(withSource({ gbPerHour: 4, rateMode: 'events' })));
  expect(byEvents).not.toBe(fourGb);
  await expect(cost.total).toHaveText(byEvents);
});
