import type { Locator, Page } from '@playwright/test';

/** The service palette on the left: search box and one "Add <short name>" button per service. */
export class PalettePage {
  readonly root: Locator;
  readonly search: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByRole('complementary', { name: 'Services' });
    this.search = page.getByRole('searchbox', { name: 'Search services' });
  }

  /** The palette button of a service, by its short name ("Firehose", "Kinesis Data Streams"). */
  item(shortName: string): Locator {
    return this.root.getByRole('button', { name: `Add ${shortName}`, exact: true });
  }

  /** All items currently listed (after a search). */
  items(): Locator {
    return this.root.getByRole('button', { name: /^Add / });
  }

  /** A category's heading button, which folds and unfolds it ("Storage"). */
  groupToggle(label: string): Locator {
    return this.root.getByRole('button', { name: new RegExp(`^${label} \\d+ services$`) });
  }

  /** A group of the palette by its key: a category id ("storage") or "recent". */
  group(key: string): Locator {
    return this.root.locator(`section[data-group="${key}"]`);
  }

  /** A service's item in the "Recently used" group, by short name. */
  recentItem(shortName: string): Locator {
    return this.root.getByRole('button', { name: `Add ${shortName} (recently used)`, exact: true });
  }

  async filter(query: string): Promise<void> {
    await this.search.fill(query);
  }
}
