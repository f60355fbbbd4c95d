import { expect, type Locator, type Page } from '@playwright/test';

/** The Cost tab of the bottom panel: line items per node, the monthly total, the budget bar. */
export class CostPage {
  readonly tab: Locator;
  readonly total: Locator;
  readonly budget: Locator;
  readonly budgetMeter: Locator;

  constructor(readonly page: Page) {
    this.tab = page.getByRole('tab', { name: /^Cost / });
    this.total = page.getByTestId('cost-total');
    this.budget = page.getByTestId('budget');
    this.budgetMeter = page.getByRole('meter', { name: 'Budget used' });
  }

  async show(): Promise<void> {
    await this.tab.click();
    await expect(this.tab).toHaveAttribute('aria-selected', 'true');
  }

  /** A node's group of line items. */
  node(id: string): Locator {
    return this.page.getByTestId(`cost-node-${id}`);
  }
}
