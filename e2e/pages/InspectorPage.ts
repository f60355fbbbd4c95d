import { expect, type Locator, type Page } from '@playwright/test';

type Label = string | RegExp;

/** The right-hand panel: the selected node's form, or the document's when nothing is selected. */
export class InspectorPage {
  readonly root: Locator;
  readonly nodeForm: Locator;
  readonly documentForm: Locator;
  /** The engine's figures for the selected node. */
  readonly figures: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByRole('complementary', { name: 'Inspector' });
    this.nodeForm = this.root.getByTestId('node-inspector');
    this.documentForm = this.root.getByTestId('document-inspector');
    this.figures = this.root.getByRole('region', { name: 'Figures' });
  }

  /** A text or number field by its label (a number field's label ends with its unit). */
  textbox(label: Label): Locator {
    return this.root.getByRole('textbox', { name: label });
  }

  combobox(label: Label): Locator {
    return this.root.getByRole('combobox', { name: label });
  }

  checkbox(label: Label): Locator {
    return this.root.getByRole('checkbox', { name: label });
  }

  /** The message a field shows for invalid input. */
  fieldError(label: Label): Locator {
    return this.root.locator('.field').filter({ has: this.textbox(label) }).getByRole('alert');
  }

  /** One figure (a `dt`/`dd` row), e.g. "Monthly cost". */
  figure(term: string): Locator {
    return this.figures.locator('.figures__row').filter({ has: this.page.locator('dt', { hasText: new RegExp(`^${term}$`) }) }).locator('dd');
  }

  /** Types a value into a field (replacing its text) and checks it was accepted. */
  async setNumber(label: Label, value: number | string): Promise<void> {
    const field = this.textbox(label);
    await field.fill(String(value));
    await expect(field).not.toHaveAttribute('aria-invalid', 'true');
  }

  async setText(label: Label, value: string): Promise<void> {
    await this.textbox(label).fill(value);
  }

  async choose(label: Label, option: string): Promise<void> {
    await this.combobox(label).selectOption(option);
  }

  async setChecked(label: Label, on: boolean): Promise<void> {
    await this.checkbox(label).setChecked(on);
  }

  button(name: Label): Locator {
    return this.root.getByRole('button', { name });
  }
}
