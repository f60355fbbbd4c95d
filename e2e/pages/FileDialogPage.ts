import { expect, type Locator, type Page } from '@playwright/test';

/** The in-app file picker of browser mode ("Open design" / "Save design as"). */
export class FileDialogPage {
  readonly root: Locator;
  readonly name: Locator;
  readonly list: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('file-dialog');
    this.name = this.root.getByRole('textbox', { name: /^File name/ });
    this.list = this.root.getByRole('list', { name: /^Contents of / });
  }

  file(name: string): Locator {
    return this.root.getByRole('button', { name: `File ${name}`, exact: true });
  }

  folder(name: string): Locator {
    return this.root.getByRole('button', { name: `Folder ${name}`, exact: true });
  }

  async up(): Promise<void> {
    await this.root.getByRole('button', { name: 'Up one folder' }).click();
  }

  /** The folder the picker shows. */
  async currentFolder(): Promise<string> {
    const label = (await this.list.getAttribute('aria-label')) ?? '';
    return label.replace(/^Contents of /, '');
  }

  async waitForListing(): Promise<void> {
    await expect(this.list).toBeVisible();
    await expect(this.root.locator('.file-dialog__entry, .file-dialog__empty').first()).toBeVisible();
  }

  /** Types a file name (or a full path) and presses Save/Open. */
  async confirmWith(nameOrPath: string, button: 'Save' | 'Open'): Promise<void> {
    await this.name.fill(nameOrPath);
    await this.root.getByRole('button', { name: button, exact: true }).click();
    await expect(this.root).toBeHidden();
  }

  async cancel(): Promise<void> {
    await this.root.getByRole('button', { name: 'Cancel', exact: true }).click();
    await expect(this.root).toBeHidden();
  }
}
