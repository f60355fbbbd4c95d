import { expect, type Locator, type Page } from '@playwright/test';

/** The Issues tab of the bottom panel: the engine's findings, each with its "Why?" and fix. */
export class IssuesPage {
  readonly tab: Locator;
  readonly panel: Locator;
  readonly empty: Locator;
  readonly items: Locator;

  constructor(readonly page: Page) {
    this.tab = page.getByRole('tab', { name: /^Issues \(\d+\)/ });
    this.panel = page.locator('#tabpanel-issues');
    this.empty = page.getByTestId('issues-empty');
    this.items = this.panel.locator('[data-testid^="issue-"][data-severity]');
  }

  async show(): Promise<void> {
    await this.tab.click();
    await expect(this.tab).toHaveAttribute('aria-selected', 'true');
  }

  issue(rule: string): Locator {
    return this.page.getByTestId(`issue-${rule}`);
  }

  /** Issues of one severity. */
  ofSeverity(severity: 'error' | 'warning' | 'tip'): Locator {
    return this.panel.locator(`[data-severity="${severity}"]`);
  }

  /** The "Why?" disclosure of an issue, opened. */
  async why(rule: string): Promise<Locator> {
    const details = this.issue(rule).locator('details');
    await details.locator('summary', { hasText: 'Why?' }).click();
    return details.locator('p');
  }

  /** Presses an issue's fix button (named by the fix's label). */
  async applyFix(rule: string, label: string | RegExp): Promise<void> {
    await this.issue(rule).getByRole('button', { name: label }).click();
  }

  /** The count in the tab label: "Issues (3)". */
  async count(): Promise<number> {
    const text = (await this.tab.textContent()) ?? '';
    return Number(/Issues \((\d+)\)/.exec(text)?.[1] ?? NaN);
  }
}
