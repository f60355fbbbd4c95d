import type { Params, PipelineDocument } from '../../shared/model/document';
import { EXAMPLES } from '../../shared/scenarios/examples';
import { scenarioById } from '../../shared/scenarios/index';
import { dollars, engineTotal } from '../fixtures/engine';
import { expect, test } from '../fixtures/test';
import { PracticePage } from '../pages/PracticePage';

const q3 = EXAMPLES.find((e) => e.id === 'q3-answer')!;

/** The Q3 answer with its endpoint's params changed. */
function withEndpoint(params: Params): PipelineDocument {
  return { ...q3.document, nodes: q3.document.nodes.map((node) => (node.id === 'ep' ? { ...node, params: { ...node.params, ...params } } : node)) };
}

test('switching an endpoint’s inference mode changes its fields, badge, rules and price; each fix clears its rule', async ({ app }) => {
  const { canvas, inspector, issues, cost } = app;
  await app.openExample(q3.title);
  await expect(app.documentName).toHaveText(q3.document.title);
  await cost.show();
  await expect(cost.total).toHaveText(dollars(engineTotal(q3.document)));

  await canvas.select('ep');
  await expect(inspector.combobox('Inference mode')).toHaveValue('real-time');
  await expect(canvas.node('ep').getByTestId('node-mode-ep')).toHaveText('Real-time');
  await expect(inspector.textbox(/^Instances/)).toBeVisible();
  await expect(inspector.textbox(/^Models/)).toBeVisible();
  await expect(inspector.textbox(/^Memory/)).toHaveCount(0);
  await expect(inspector.textbox(/^Hours per run/)).toHaveCount(0);

  // Serverless: memory and concurrency instead of instances; the fraud API's 100 ms cannot wait for a cold start.
  await inspector.choose('Inference mode', 'serverless');
  await expect(canvas.node('ep').getByTestId('node-mode-ep')).toHaveText('Serverless');
  await expect(inspector.textbox(/^Memory/)).toHaveValue('2048');
  await expect(inspector.textbox(/^Max concurrency/)).toBeVisible();
  await expect(inspector.textbox(/^Instances/)).toHaveCount(0);
  await expect(inspector.textbox(/^Models/)).toHaveCount(0);
  // 10 requests/s × 2,628,000 s × 0.05 s × 2 GB = 2,628,000 GB-s × $0.00002 = $52.56; 0.1 MB each = 2,566.41 GB × $0.016 = $41.06.
  await expect(cost.node('ep')).toContainText('Serverless compute (2,048 MB)');
  await expect(cost.node('ep')).toContainText('$52.56');
  await expect(cost.node('ep')).toContainText('$41.06');
  const serverlessTotal = engineTotal(withEndpoint({ inferenceMode: 'serverless' }));
  expect(serverlessTotal).toBeCloseTo(engineTotal(q3.document) - 148.92 + 52.56 + 41.06, 1);
  await expect(cost.total).toHaveText(dollars(serverlessTotal));
  await issues.show();
  await expect(issues.issue('serverless-unfit')).toHaveAttribute('data-severity', 'error');
  await expect(issues.issue('serverless-unfit')).toContainText('Fraud scoring is serverless, but Fraud scoring must be answered within 100 ms');
  await issues.applyFix('serverless-unfit', 'Switch to a real-time endpoint');
  await expect(issues.issue('serverless-unfit')).toHaveCount(0);
  await expect(inspector.combobox('Inference mode')).toHaveValue('real-time');
  await cost.show();
  await expect(cost.total).toHaveText(dollars(engineTotal(q3.document)));

  // Batch Transform: job fields, priced per job; a 100 ms target cannot be met by a job.
  await inspector.choose('Inference mode', 'batch-transform');
  await expect(canvas.node('ep').getByTestId('node-mode-ep')).toHaveText('Batch Transform');
  await expect(inspector.textbox(/^Hours per run/)).toBeVisible();
  await expect(inspector.textbox(/^Runs per month/)).toBeVisible();
  await expect(inspector.textbox(/^Requests/)).toHaveCount(0);
  // 2 instances × 1 h × 30 jobs × $0.102 = $6.12.
  await expect(cost.node('ep')).toContainText('Batch Transform jobs (ml.c5.large)');
  await expect(cost.node('ep')).toContainText('$6.12');
  await expect(cost.total).toHaveText(dollars(engineTotal(withEndpoint({ inferenceMode: 'batch-transform' }))));
  await issues.show();
  await expect(issues.issue('batch-cannot-answer')).toHaveAttribute('data-severity', 'error');
  await issues.applyFix('batch-cannot-answer', 'Switch to a real-time endpoint');
  await expect(issues.issue('batch-cannot-answer')).toHaveCount(0);
  await expect(canvas.node('ep').getByTestId('node-mode-ep')).toHaveText('Real-time');
});

test('answers a serving-mode question in Practice: serverless for intermittent CPU traffic', async ({ app }) => {
  const scenario = scenarioById('team-serverless-intermittent')!;
  const practice = new PracticePage(app.page);
  await practice.show();
  await practice.openScenario(scenario.id);
  await practice.answer('B');
  await expect(practice.verdict).toContainText('Correct');
  await expect(practice.verdict).toContainText('You chose B');
  await expect(practice.cardPlace('B')).toContainText('1st');
  expect(await practice.cardRules('C')).toContain('batch-cannot-answer');
});
