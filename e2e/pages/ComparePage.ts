import { expect, type Locator, type Page } from '@playwright/test';

export type Side = 'before' | 'after';

/** The Compare screen: two designs side by side, the changes, the cost difference and both issue lists. */
export class ComparePage {
  readonly root: Locator;
  readonly totalBefore: Locator;
  readonly totalAfter: Locator;
  readonly totalDelta: Locator;
  readonly changes: Locator;
  readonly costTable: Locator;
  readonly costTableDelta: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('compare-view');
    this.totalBefore = page.getByTestId('total-before');
    this.totalAfter = page.getByTestId('total-after');
    this.totalDelta = page.getByTestId('total-delta');
    this.changes = page.getByRole('table', { name: /^Changes from / });
    this.costTable = page.getByRole('table', { name: 'Monthly cost per node, before and after' });
    this.costTableDelta = page.getByTestId('cost-table-delta');
  }

  name(side: Side): Locator {
    return this.page.getByTestId(`compare-name-${side}`);
  }

  slot(side: Side): Locator {
    return this.page.getByTestId(`compare-slot-${side}`);
  }

  diagram(side: Side): Locator {
    return this.page.getByTestId(`compare-diagram-${side}`);
  }

  /** Ids of the nodes a side's drawing marks as added, removed or changed. */
  async marked(side: Side, mark: 'added' | 'removed' | 'changed'): Promise<string[]> {
    const ids = await this.diagram(side).locator(`[data-diff="${mark}"]`).evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-node') ?? ''));
    return ids.sort();
  }

  issues(side: Side): Locator {
    return this.page.getByTestId(`issues-${side}`);
  }

  /** Rows of the changes table of one kind ("added", "removed", "changed", "connected"…). */
  changeRows(kind: string): Locator {
    return this.changes.locator(`tbody tr[data-kind="${kind}"]`);
  }

  /** The "What" cells of the rows of one kind, sorted. */
  async changeSubjects(kind: string): Promise<string[]> {
    return (await this.changeRows(kind).locator('th').allTextContents()).sort();
  }

  costRow(nodeId: string): Locator {
    return this.costTable.locator(`tbody tr[data-node="${nodeId}"]`);
  }

  async waitForComparison(): Promise<void> {
    await expect(this.root).toBeVisible();
    await expect(this.totalDelta).toBeVisible();
  }
}
