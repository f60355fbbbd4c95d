import type { Params, PipelineDocument } from '../../shared/model/document';
import { EXAMPLES } from '../../shared/scenarios/examples';
import { analyze } from '../../shared/analysis/analyze';
import { dollars, engineTotal } from '../fixtures/engine';
import { expect, test } from '../fixtures/test';

const q1 = EXAMPLES.find((e) => e.id === 'q1-answer')!;
const RULE = 'file-mode-large-dataset';

/** The Q1 answer with its training job's params changed. */
function withTraining(params: Params): PipelineDocument {
  return { ...q1.document, nodes: q1.document.nodes.map((node) => (node.id === 'train' ? { ...node, params: { ...node.params, ...params } } : node)) };
}

test('a 500 GB data set in File mode warns and prices the download; FastFile clears both', async ({ app }) => {
  const { canvas, inspector, issues, cost } = app;
  await app.openExample(q1.title);
  await expect(app.issues.empty).toBeVisible();
  await cost.show();
  await expect(cost.total).toHaveText(dollars(engineTotal(q1.document)));

  await canvas.select('train');
  await expect(inspector.combobox('Input mode')).toHaveValue('file');
  await inspector.setNumber(/^Data set size/, 500);

  // The warning names the job and the billed wait; the cost sheet gains the download line.
  const fileMode = withTraining({ datasetGb: 500 });
  const download = analyze(fileMode).cost.lines.find((line) => line.node === 'train' && line.item === 'File mode download')!;
  expect(download.amount).toBeGreaterThan(0);
  await issues.show();
  await expect(issues.issue(RULE)).toHaveAttribute('data-severity', 'warning');
  await expect(issues.issue(RULE)).toContainText('Weekly training downloads its 500 GB data set in File mode');
  await expect(await issues.why(RULE)).toContainText('FastFile mode streams the S3 objects');
  await expect(canvas.node('train')).toHaveClass(/\bhas-warning\b/);
  await expect(canvas.node('train')).toContainText('File mode 500 GB');
  await cost.show();
  await expect(cost.node('train')).toContainText('File mode download');
  await expect(cost.total).toHaveText(dollars(engineTotal(fileMode)));
  expect(engineTotal(fileMode)).toBeCloseTo(engineTotal(q1.document) + download.amount, 9);

  // The fix switches the job to FastFile: the warning and the download line go, the total drops back.
  await issues.show();
  await issues.applyFix(RULE, 'Switch to FastFile mode');
  await expect(issues.issue(RULE)).toHaveCount(0);
  await expect(issues.empty).toBeVisible();
  await expect(inspector.combobox('Input mode')).toHaveValue('fast-file');
  await expect(canvas.node('train')).toContainText('FastFile 500 GB');
  await cost.show();
  await expect(cost.node('train')).not.toContainText('File mode download');
  await expect(cost.total).toHaveText(dollars(engineTotal(withTraining({ datasetGb: 500, inputMode: 'fast-file' }))));
  await expect(cost.total).toHaveText(dollars(engineTotal(q1.document)));

  // One undo step brings File mode back.
  await app.press('Control+z');
  await expect(inspector.combobox('Input mode')).toHaveValue('file');
  await expect(cost.total).toHaveText(dollars(engineTotal(fileMode)));
});
