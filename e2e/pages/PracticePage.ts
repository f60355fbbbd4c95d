import { expect, type Locator, type Page } from '@playwright/test';
import type { OptionKey } from '../../shared/scenarios/types';

/** The Practice screen (list, question, answer mode) and build mode's bar and grade panel. */
export class PracticePage {
  readonly root: Locator;
  readonly list: Locator;
  readonly summary: Locator;
  readonly resetButton: Locator;
  readonly detail: Locator;
  readonly submitButton: Locator;
  readonly results: Locator;
  readonly verdict: Locator;
  readonly ranking: Locator;
  readonly buildButton: Locator;
  /** Build mode, above the canvas. */
  readonly bar: Locator;
  readonly checkButton: Locator;
  readonly backButton: Locator;
  readonly grade: Locator;
  readonly gradeVerdict: Locator;
  readonly gradeSummary: Locator;
  readonly gradeChecks: Locator;
  readonly gradeCost: Locator;
  readonly coverageButton: Locator;
  readonly coverage: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('practice-view');
    this.list = page.getByRole('complementary', { name: 'Practice questions' });
    this.summary = page.getByTestId('progress-summary');
    this.resetButton = this.summary.getByRole('button', { name: 'Reset progress' });
    this.detail = page.getByTestId('scenario-detail');
    this.submitButton = this.detail.getByRole('button', { name: 'Submit answer' });
    this.results = page.getByTestId('answer-results');
    this.verdict = page.getByTestId('answer-verdict');
    this.ranking = page.getByTestId('ranking');
    this.buildButton = this.detail.getByRole('button', { name: 'Build my answer' });
    this.bar = page.getByTestId('practice-bar');
    this.checkButton = this.bar.getByRole('button', { name: 'Check', exact: true });
    this.backButton = this.bar.getByRole('button', { name: 'Back to practice' });
    this.grade = page.getByTestId('grade-panel');
    this.gradeVerdict = page.getByTestId('grade-verdict');
    this.gradeSummary = page.getByTestId('grade-summary');
    this.gradeChecks = page.getByTestId('grade-checks').getByRole('listitem');
    this.gradeCost = page.getByTestId('grade-cost');
    this.coverageButton = this.list.getByRole('button', { name: 'Exam coverage' });
    this.coverage = page.getByTestId('coverage-view');
  }

  /** The exam filter's radio button: 'All', 'MLS-C01' or 'MLA-C01'. */
  examFilter(label: string): Locator {
    return this.list.getByRole('group', { name: 'Exam' }).getByRole('radio', { name: label, exact: true });
  }

  /** A task statement's row in the coverage view, by id ('MLA-C01 1.1'). */
  coverageRow(id: string): Locator {
    return this.coverage.getByTestId(`coverage-${id}`);
  }

  /** The top bar's screen switch. */
  screenButton(name: 'Design' | 'Practice' | 'Compare'): Locator {
    return this.page.getByRole('group', { name: 'Screens' }).getByRole('button', { name, exact: true });
  }

  async show(): Promise<void> {
    await this.screenButton('Practice').click();
    await expect(this.root).toBeVisible();
    await expect(this.summary).not.toContainText('Loading');
  }

  /** A question in the list, by scenario id. */
  item(id: string): Locator {
    return this.page.getByTestId(`scenario-${id}`);
  }

  async openScenario(id: string): Promise<void> {
    await this.item(id).click();
    await expect(this.detail).toHaveAttribute('data-scenario', id);
  }

  /** The radio button of an option in answer mode. */
  option(key: OptionKey): Locator {
    return this.detail.getByRole('radio', { name: new RegExp(`^Option ${key}: `) });
  }

  /** An option's card after answering. */
  card(key: OptionKey): Locator {
    return this.results.getByTestId(`option-${key}`);
  }

  cardPlace(key: OptionKey): Locator {
    return this.card(key).getByTestId('option-place');
  }

  cardCost(key: OptionKey): Locator {
    return this.card(key).getByTestId('option-cost');
  }

  /** The rule ids a card lists, in order. */
  async cardRules(key: OptionKey): Promise<string[]> {
    return this.card(key).getByTestId('option-issues').locator('[data-rule]').evaluateAll((items) => items.map((item) => item.getAttribute('data-rule') ?? ''));
  }

  async answer(key: OptionKey): Promise<void> {
    await this.option(key).check();
    await this.submitButton.click();
    await expect(this.results).toBeVisible();
  }

  /** A requirement in the grade panel, by its text. */
  gradeCheck(text: string): Locator {
    return this.gradeChecks.filter({ hasText: text });
  }
}
