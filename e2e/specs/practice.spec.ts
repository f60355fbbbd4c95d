import { promises as fs } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Locator } from '@playwright/test';
import { referenceAnswer } from '../../shared/practice/grade';
import { rankOptions, SCENARIOS, scenarioById } from '../../shared/scenarios/index';
import { dollars, engineTotal } from '../fixtures/engine';
import { expect, test } from '../fixtures/test';
import type { AppPage } from '../pages/AppPage';
import { PracticePage } from '../pages/PracticePage';

const q1 = scenarioById('seed-q1')!;
const q3 = scenarioById('seed-q3')!;
const optionDocument = (key: string) => q3.options.find((o) => o.key === key)!.document;

/** The stored progress, read from the data folder the host writes. */
async function storedProgress(dataDir: string): Promise<Record<string, { correct: boolean; lastMode: string; attempts: number }>> {
  const settings = JSON.parse(await fs.readFile(path.join(dataDir, 'settings.json'), 'utf8')) as { practice?: Record<string, never> };
  return settings.practice ?? {};
}

test('lists every question grouped by origin, with its topic and no progress yet', async ({ app }) => {
  const practice = new PracticePage(app.page);
  await practice.show();
  await expect(practice.summary).toContainText(`0 of ${SCENARIOS.length} answered · 0 correct`);
  await expect(practice.resetButton).toBeDisabled();
  const groups = practice.list.getByRole('region');
  await expect(groups).toHaveCount(2);
  await expect(groups.nth(0).getByRole('heading')).toContainText('From the study notes');
  await expect(groups.nth(0).getByRole('listitem')).toHaveCount(3);
  await expect(groups.nth(1).getByRole('listitem')).toHaveCount(SCENARIOS.length - 3);
  for (const scenario of SCENARIOS) {
    await expect(practice.item(scenario.id)).toContainText(scenario.title);
    await expect(practice.item(scenario.id)).toContainText(scenario.topic);
    await expect(practice.item(scenario.id)).toHaveAttribute('data-status', 'new');
  }
  // Canvas commands rest while the editor is hidden: the Edit menu's items are disabled.
  await app.menuButton('Edit').click();
  await expect(app.menu('Edit').getByRole('menuitem', { name: /^Select all/ })).toHaveAttribute('aria-disabled', 'true');
  await app.page.keyboard.press('Escape');
});

test('answers Q3 with the keyboard: B is correct and first, A, C and D are ruled out with their rules; progress survives a reload', async ({ app, launched }) => {
  const practice = new PracticePage(app.page);
  await practice.show();
  await practice.openScenario('seed-q3');
  await expect(practice.detail).toContainText(q3.prompt);
  for (const requirement of q3.requirements) await expect(practice.detail.getByRole('listitem').filter({ hasText: requirement })).toHaveCount(1);
  await expect(practice.submitButton).toBeDisabled();

  // A radio group: Space picks the focused option, arrow keys move the choice.
  await practice.option('A').focus();
  await app.page.keyboard.press('Space');
  await expect(practice.option('A')).toBeChecked();
  await app.page.keyboard.press('ArrowDown');
  await expect(practice.option('B')).toBeChecked();
  await app.page.keyboard.press('Tab');
  await expect(practice.submitButton).toBeFocused();
  await app.page.keyboard.press('Enter');

  await expect(practice.verdict).toContainText('Correct');
  await expect(practice.verdict).toContainText('You chose B');
  await expect(practice.results).toContainText(`Why B wins`);
  await expect(practice.results).toContainText(q3.explanation);

  // The ranking agrees with the engine, option by option.
  const ranking = rankOptions(q3);
  expect(ranking.pick).toBe('B');
  await expect(practice.ranking).toContainText('1st B');
  await expect(practice.ranking).toContainText('Ruled out A, C, D');
  await expect(practice.cardPlace('B')).toHaveText('1st');
  await expect(practice.card('B')).toContainText('Your choice');
  await expect(practice.card('B')).toContainText('Answer');
  for (const ranked of ranking.ranking) {
    const key = ranked.option;
    await expect(practice.cardCost(key)).toHaveText(dollars(engineTotal(optionDocument(key))));
    await expect(practice.card(key).getByRole('img')).toHaveAccessibleName(new RegExp(`^Option ${key}: .*${optionDocument(key).nodes.length} services`));
    if (key === 'B') continue;
    await expect(practice.cardPlace(key)).toHaveText('Ruled out');
    expect([...new Set(await practice.cardRules(key))].sort()).toEqual([...ranked.rules].sort());
  }
  expect(await practice.cardRules('A')).toEqual(['spot-buffer-too-small', 'spot-hard-deadline']);
  expect(await practice.cardRules('C')).toContain('spot-wait-past-deadline');
  await expect(practice.card('B').getByTestId('option-issues')).toHaveText('No errors or warnings.');
  // The miniature marks where the trouble is: A's training job has the error.
  await expect(practice.card('A').locator('[data-node="train"][data-issue="error"]')).toHaveCount(1);
  await expect(practice.card('B').locator('[data-issue]')).toHaveCount(0);

  // Progress: in the list, in the summary, and in the data folder.
  await expect(practice.item('seed-q3')).toHaveAttribute('data-status', 'correct');
  await expect(practice.item('seed-q3')).toContainText('Answered just now · 1 attempt');
  await expect(practice.summary).toContainText(`1 of ${SCENARIOS.length} answered · 1 correct`);
  await expect.poll(async () => (await storedProgress(launched.dataDir))['seed-q3']).toMatchObject({ correct: true, lastMode: 'answer', attempts: 1 });

  const page = await launched.crashAndRestart();
  const again = new PracticePage(page);
  await again.show();
  await expect(again.summary).toContainText(`1 of ${SCENARIOS.length} answered · 1 correct`);
  await expect(again.item('seed-q3')).toHaveAttribute('data-status', 'correct');
  await expect(again.item('seed-q3')).toContainText(/Answered (just now|1 min ago) · 1 attempt/);
});

test('a wrong answer says so, names the answer, and an option opens in the editor as a new design', async ({ app }) => {
  const practice = new PracticePage(app.page);
  await practice.show();
  await practice.openScenario('seed-q1');
  await practice.answer('B');
  await expect(practice.verdict).toContainText('Not quite');
  await expect(practice.verdict).toContainText('The answer is C.');
  await expect(practice.cardPlace('C')).toHaveText('1st');
  await expect(practice.cardPlace('B')).toHaveText('3rd');
  await expect(practice.cardPlace('A')).toHaveText('Ruled out');
  expect(await practice.cardRules('B')).toEqual(['kds-single-consumer']);
  await expect(practice.item('seed-q1')).toHaveAttribute('data-status', 'wrong');

  await practice.results.getByRole('button', { name: 'Try again' }).click();
  await practice.answer('C');
  await expect(practice.verdict).toContainText('Correct');
  await expect(practice.item('seed-q1')).toContainText('2 attempts');
  await expect(practice.summary).toContainText('1 correct');

  await practice.card('C').getByRole('button', { name: 'Open in editor' }).click();
  await expect(practice.root).toBeHidden();
  const optionC = q1.options.find((o) => o.key === 'C')!.document;
  await expect(app.canvas.nodes).toHaveCount(optionC.nodes.length);
  await expect(app.documentName).toHaveText(optionC.title);
  await expect(app.dirtyMark).toBeHidden();
  await expect(app.issues.empty).toBeVisible();
});

test('Reset progress asks first, then forgets every answer', async ({ app, launched }) => {
  const practice = new PracticePage(app.page);
  await practice.show();
  await practice.openScenario('seed-q2');
  await practice.answer(scenarioById('seed-q2')!.answer);
  await expect(practice.summary).toContainText('1 of');

  await practice.resetButton.click();
  await expect(app.confirmDialog).toContainText('Reset practice progress?');
  await app.confirmDialog.getByRole('button', { name: 'Keep progress' }).click();
  await expect(practice.summary).toContainText('1 of');

  await practice.resetButton.click();
  await app.confirmDialog.getByRole('button', { name: 'Reset progress' }).click();
  await expect(practice.summary).toContainText(`0 of ${SCENARIOS.length} answered · 0 correct`);
  await expect(practice.item('seed-q2')).toHaveAttribute('data-status', 'new');
  await expect.poll(async () => storedProgress(launched.dataDir)).toEqual({});
});

/** Adds a service with its palette button (at the view centre, selected) and returns the new node's id. */
async function addFromPalette(app: AppPage, shortName: string): Promise<string> {
  const before = new Set(await app.canvas.nodeIds());
  await app.palette.item(shortName).click();
  let added: string[] = [];
  await expect
    .poll(async () => {
      added = (await app.canvas.nodeIds()).filter((id) => !before.has(id));
      return added.length;
    })
    .toBe(1);
  await expect(app.inspector.nodeForm).toBeVisible();
  return added[0]!;
}

/** Selects two nodes (click, then Shift+click) and presses C, the Connect shortcut. */
async function connect(app: AppPage, from: string, to: string): Promise<void> {
  const edges = (await app.canvas.edgeIds()).length;
  // Escape clears the selection (a click on a node that is already selected keeps the others).
  await app.canvas.node(from).click();
  await app.page.keyboard.press('Escape');
  await expect(app.canvas.selectedNodes()).toHaveCount(0);
  await app.canvas.select(from);
  await app.canvas.node(to).click({ modifiers: ['Shift'] });
  await expect(app.canvas.selectedNodes()).toHaveCount(2);
  await app.page.keyboard.press('c');
  await expect(app.canvas.edges).toHaveCount(edges + 1);
}

const checkMarks = async (items: Locator): Promise<string[]> => items.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-met') ?? ''));

test('builds the Q1 answer in build mode: Check fails the starting design, then accepts the built one', async ({ app }) => {
  const practice = new PracticePage(app.page);
  const { canvas, inspector } = app;
  await practice.show();
  await practice.openScenario('seed-q1');
  await practice.buildButton.click();

  // The editor, with the scenario's producers and the practice bar.
  await expect(practice.root).toBeHidden();
  await expect(practice.bar).toContainText(q1.title);
  for (const requirement of q1.requirements) await expect(practice.bar).toContainText(requirement);
  await expect(canvas.nodes).toHaveCount(1);
  await expect(canvas.node('src')).toContainText('500 hospitals');

  await practice.checkButton.click();
  await expect(practice.gradeVerdict).toHaveText('Not accepted');
  await expect(practice.grade).toHaveAttribute('data-verdict', 'fail');
  expect(await checkMarks(practice.gradeChecks)).toEqual(['false', 'false', 'false']);
  await expect(practice.gradeCheck('Hospital data lands in S3')).toContainText('No connected path from Source to S3.');

  const fh = await addFromPalette(app, 'Firehose');
  await inspector.setText('Label', 'Hospital feed');
  const s3 = await addFromPalette(app, 'S3');
  await inspector.setText('Label', 'Training data');
  const train = await addFromPalette(app, 'SageMaker Training');
  await inspector.setText('Label', 'Weekly training');
  await inspector.choose('Purchase option', 'spot');
  await inspector.choose('Instance type', 'ml.p3.2xlarge');
  await inspector.setNumber(/^Training time/, 6);
  await inspector.setNumber(/^Runs per month/, 4.35);
  await inspector.setNumber(/^Deadline/, 72);
  await inspector.setNumber(/^Max wait/, 72);
  await inspector.setChecked('Checkpointing', true);
  const serve = await addFromPalette(app, 'DynamoDB');
  await inspector.setText('Label', 'Risk scores');
  await inspector.setNumber(/^Read latency target/, 50);
  await inspector.setNumber(/^Reads/, 20);
  await inspector.setNumber(/^Writes/, 1);
  await inspector.setNumber(/^Data stored/, 5);

  await app.tool('Fit view').click();
  await connect(app, 'src', fh);
  await connect(app, fh, s3);
  await connect(app, s3, train);
  await connect(app, train, serve);

  // The grade on screen is about the design before these edits: it folds to its verdict line.
  await expect(app.page.getByTestId('grade-stale')).toBeVisible();
  await expect(practice.grade.getByRole('button', { name: 'Show details' })).toHaveAttribute('aria-expanded', 'false');
  await expect(practice.gradeChecks.first()).toBeHidden();
  await practice.checkButton.click();
  await expect(practice.grade).toBeFocused();
  await expect(practice.gradeVerdict).toHaveText('Accepted');
  await expect(practice.grade).toHaveAttribute('data-verdict', 'pass');
  const reference = dollars(engineTotal(referenceAnswer(q1)));
  expect(reference).toBe('$112.05');
  await expect(practice.gradeSummary).toHaveText(`Accepted: every requirement met with no errors or warnings. ${reference}/month vs ${reference} for the reference answer.`);
  expect(await checkMarks(practice.gradeChecks)).toEqual(['true', 'true', 'true']);
  await expect(practice.gradeCheck('Predictions served under 50 ms')).toContainText('~10 ms');
  await expect(app.page.getByTestId('grade-issues-list')).toHaveText('No errors or warnings.');
  await expect(practice.gradeCost).toContainText(`Your design${reference}/mo`);
  await expect(practice.gradeCost).toContainText(`Reference answer${reference}/mo`);
  await expect(practice.gradeCost).toContainText('Same cost');
  await expect(app.page.getByTestId('grade-stale')).toHaveCount(0);
  await practice.grade.getByRole('button', { name: 'Hide details' }).click();
  await expect(practice.gradeChecks.first()).toBeHidden();
  await expect(practice.gradeVerdict).toHaveText('Accepted');

  await practice.backButton.click();
  await expect(practice.root).toBeVisible();
  await expect(practice.detail).toHaveAttribute('data-scenario', 'seed-q1');
  await expect(practice.item('seed-q1')).toHaveAttribute('data-status', 'correct');
  await expect(practice.item('seed-q1')).toContainText('Built just now · 2 attempts');
  // The design is still there to go back to.
  await practice.detail.getByRole('button', { name: 'Continue building' }).click();
  await expect(practice.bar).toBeVisible();
  await expect(canvas.nodes).toHaveCount(5);
});


/** Serious and critical axe violations on the page, as readable lines. */
async function seriousViolations(app: AppPage): Promise<string[]> {
  const results = await new AxeBuilder({ page: app.page }).analyze();
  expect(results.passes.length).toBeGreaterThan(10);
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((node) => `${v.impact} ${v.id}: ${node.target.join(' ')} — ${node.failureSummary?.replace(/\s+/g, ' ')}`));
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme });

    test('the practice list, a wrong answer’s results and a failed check have no serious or critical axe violations', async ({ app }) => {
      const practice = new PracticePage(app.page);
      await expect(app.page.locator('html')).toHaveAttribute('data-theme', scheme);
      await practice.show();
      await practice.openScenario('seed-q3');
      expect(await seriousViolations(app), 'question and answer form').toEqual([]);
      await practice.answer('C');
      await expect(practice.verdict).toContainText('Not quite');
      expect(await seriousViolations(app), 'answer results').toEqual([]);

      await practice.buildButton.click();
      await practice.checkButton.click();
      await expect(practice.gradeVerdict).toHaveText('Not accepted');
      expect(await seriousViolations(app), 'build mode with a grade').toEqual([]);
    });
  });
}
