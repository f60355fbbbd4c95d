import { promises as fs } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { examCoverage, trainsExam } from '../../shared/exam/coverage';
import { SCENARIOS } from '../../shared/scenarios/index';
import { expect, test } from '../fixtures/test';
import type { AppPage } from '../pages/AppPage';
import { PracticePage } from '../pages/PracticePage';

const mlaScenarios = SCENARIOS.filter((scenario) => trainsExam(scenario, 'MLA-C01'));
const [, mlaCoverage] = examCoverage(SCENARIOS, {});
const mlaStatements = mlaCoverage!.domains.flatMap((domain) => domain.statements);
const aGap = mlaStatements.find((statement) => statement.scenarios.length === 0);

test('filtering by MLA-C01 lists only its questions, and the choice is remembered', async ({ app, launched }) => {
  const practice = new PracticePage(app.page);
  await practice.show();
  await expect(practice.examFilter('All')).toBeChecked();
  await practice.examFilter('MLA-C01').check();
  await expect(practice.list.getByTestId(/^scenario-/)).toHaveCount(mlaScenarios.length);
  const listed = await practice.list.getByTestId(/^scenario-/).evaluateAll((items) => items.map((item) => item.getAttribute('data-testid')!.slice('scenario-'.length)));
  expect(listed).toEqual(mlaScenarios.map((scenario) => scenario.id));
  await expect(practice.summary).toContainText(`0 of ${mlaScenarios.length} answered`);

  await expect
    .poll(async () => (JSON.parse(await fs.readFile(path.join(launched.dataDir, 'settings.json'), 'utf8')) as { practiceExam?: string }).practiceExam)
    .toBe('MLA-C01');
  const page = await launched.crashAndRestart();
  const again = new PracticePage(page);
  await again.show();
  await expect(again.examFilter('MLA-C01')).toBeChecked();
});

test('answering a question correctly raises its task statement’s count in the coverage view; a gap is shown as a gap', async ({ app }) => {
  const practice = new PracticePage(app.page);
  await practice.show();
  await practice.examFilter('MLA-C01').check();
  await practice.coverageButton.click();
  await expect(practice.coverage).toBeVisible();
  await expect(practice.coverage.getByTestId('coverage-summary-MLA-C01')).toHaveText(`MLA-C01: ${mlaCoverage!.covered} of ${mlaCoverage!.total} task statements covered`);
  // Only the filtered exam is shown.
  await expect(practice.coverage.getByTestId('coverage-summary-MLS-C01')).toHaveCount(0);

  const training = practice.coverageRow('MLA-C01 2.2');
  await expect(training).toContainText('Train and refine models.');
  await expect(training.getByTestId('trained-count')).toHaveText(`${mlaStatements.find((s) => s.id === 'MLA-C01 2.2')!.scenarios.length} questions`);
  await expect(training.getByTestId('correct-count')).toHaveText('0');

  // Seed Q3 trains MLA-C01 2.2; B is its answer.
  await practice.openScenario('seed-q3');
  await practice.answer('B');
  await expect(practice.verdict).toContainText('Correct');
  await practice.coverageButton.click();
  await expect(training.getByTestId('correct-count')).toHaveText('1');

  expect(aGap, 'MLA-C01 has a task statement no question trains').toBeDefined();
  const gap = practice.coverageRow(aGap!.id);
  await expect(gap).toHaveAttribute('data-gap', 'true');
  await expect(gap).toContainText('Gap: no question trains this yet');
  await expect(gap.getByTestId('correct-count')).toHaveCount(0);
  await expect(gap).toHaveCSS('border-top-style', 'dashed');
});

test('a question shows its task statements; a tag gives the wording and, with the keyboard, opens its coverage', async ({ app }) => {
  const practice = new PracticePage(app.page);
  await practice.show();
  await practice.openScenario('seed-q3');
  const tags = practice.detail.getByTestId('exam-tags').getByRole('button');
  await expect(tags).toHaveText(['MLS-C01 3.3', 'MLS-C01 4.2', 'MLA-C01 2.2', 'MLA-C01 4.2']);
  const tag = tags.filter({ hasText: 'MLA-C01 2.2' });
  await expect(tag).toHaveAttribute('title', 'MLA-C01 2.2: Train and refine models.');
  await tag.focus();
  await app.page.keyboard.press('Enter');
  await expect(practice.coverage).toBeVisible();
  await expect(practice.coverageRow('MLA-C01 2.2')).toBeFocused();
  // A question listed under the statement opens again from there.
  await practice.coverageRow('MLA-C01 2.2').getByText('Questions', { exact: true }).click();
  await practice.coverageRow('MLA-C01 2.2').getByRole('button', { name: 'Fraud model on a two-hour clock' }).click();
  await expect(practice.detail).toHaveAttribute('data-scenario', 'seed-q3');
});

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

    test('the exam filter, a question’s tags and the coverage view have no serious or critical axe violations', async ({ app }) => {
      const practice = new PracticePage(app.page);
      await expect(app.page.locator('html')).toHaveAttribute('data-theme', scheme);
      await practice.show();
      await practice.examFilter('MLS-C01').check();
      await practice.openScenario('seed-q1');
      expect(await seriousViolations(app), 'filter and tags').toEqual([]);
      await practice.coverageButton.click();
      await expect(practice.coverage).toBeVisible();
      expect(await seriousViolations(app), 'coverage view').toEqual([]);
    });
  });
}
