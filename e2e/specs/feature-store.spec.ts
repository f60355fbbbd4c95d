import { rankOptions, scenarioById } from '../../shared/scenarios/index';
import { EXAMPLES } from '../../shared/scenarios/examples';
import { expect, test } from '../fixtures/test';
import { PracticePage } from '../pages/PracticePage';

const q1 = EXAMPLES.find((e) => e.id === 'q1-answer')!;

test('an endpoint reading a Feature Store: turning the online store off is an error, on again clears it; one store for training clears the skew', async ({ app }) => {
  const { palette, canvas, inspector, issues } = app;
  await app.openExample(q1.title);
  await expect(issues.empty).toBeVisible();

  // The weekly model served by an endpoint that must answer in 60 ms, looking its features up in a Feature Store.
  const store = await canvas.dropFromPalette(palette.item('Feature Store'), { x: 420, y: 420 });
  const endpoint = await canvas.dropFromPalette(palette.item('SageMaker Inference'), { x: 700, y: 420 });
  await canvas.connect('s3', store);
  await canvas.connect(store, endpoint);
  await canvas.connect('train', endpoint);
  await canvas.select(endpoint);
  await inspector.setNumber(/^Read latency target/, 60);

  await issues.show();
  await expect(issues.issue('features-offline-for-realtime')).toHaveCount(0);
  await expect(issues.issue('invalid-connection')).toHaveCount(0);
  // The model learns from S3 while the endpoint reads the Feature Store: skew.
  await expect(issues.issue('feature-skew')).toHaveAttribute('data-severity', 'warning');

  await canvas.select(store);
  await expect(canvas.node(store)).toContainText('online + offline');
  await inspector.setChecked('Online store', false);
  await expect(issues.issue('features-offline-for-realtime')).toHaveAttribute('data-severity', 'error');
  await expect(issues.issue('features-offline-for-realtime')).toContainText('must answer within 60 ms, but it reads its features from an offline-only Feature Store (~2,000 ms)');
  await expect(canvas.node(endpoint)).toHaveClass(/\bhas-error\b/);
  await expect(canvas.node(store)).toContainText('offline only');

  await inspector.setChecked('Online store', true);
  await expect(issues.issue('features-offline-for-realtime')).toHaveCount(0);
  await expect(canvas.node(endpoint)).not.toHaveClass(/\bhas-error\b/);

  // Off again, and the issue's own fix turns it back on.
  await inspector.setChecked('Online store', false);
  await issues.applyFix('features-offline-for-realtime', 'Turn on the online store');
  await expect(issues.issue('features-offline-for-realtime')).toHaveCount(0);
  await expect(inspector.checkbox('Online store')).toBeChecked();

  await issues.applyFix('feature-skew', 'Train from the same Feature Store (offline store)');
  await expect(issues.issue('feature-skew')).toHaveCount(0);
  await expect(issues.ofSeverity('error')).toHaveCount(0);
  await expect(issues.ofSeverity('warning')).toHaveCount(0);
});

test('Practice: the 10 ms feature question is answered C, the Feature Store online store; the other three are ruled out', async ({ app }) => {
  const scenario = scenarioById('team-features-within-10ms')!;
  const ranking = rankOptions(scenario);
  expect(ranking.pick).toBe('C');

  const practice = new PracticePage(app.page);
  await practice.show();
  await practice.openScenario(scenario.id);
  await expect(practice.detail).toContainText(scenario.prompt);
  await practice.answer('C');
  await expect(practice.verdict).toContainText('Correct');
  await expect(practice.ranking).toContainText('1st C');
  await expect(practice.ranking).toContainText('Ruled out A, B, D');
  for (const key of ['A', 'B', 'D'] as const) {
    await expect(practice.cardPlace(key)).toHaveText('Ruled out');
    expect(await practice.cardRules(key)).toContain('features-offline-for-realtime');
  }
  await expect(practice.card('C').getByTestId('option-issues')).toHaveText('No errors or warnings.');
  await expect(practice.item(scenario.id)).toHaveAttribute('data-status', 'correct');
});
