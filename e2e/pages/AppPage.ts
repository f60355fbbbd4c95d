import path from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import type { LaunchedApp } from '../fixtures/launcher';
import { CanvasPage } from './CanvasPage';
import { CostPage } from './CostPage';
import { FileDialogPage } from './FileDialogPage';
import { InspectorPage } from './InspectorPage';
import { IssuesPage } from './IssuesPage';
import { PalettePage } from './PalettePage';

export type MenuName = 'File' | 'Edit' | 'Arrange' | 'View';

/**
 * The main window. Starts from any page showing the renderer: a browser tab on the local host or
 * an Electron window (`launched` says which, for the native file dialogs).
 */
export class AppPage {
  readonly palette: PalettePage;
  readonly canvas: CanvasPage;
  readonly inspector: InspectorPage;
  readonly issues: IssuesPage;
  readonly cost: CostPage;
  readonly fileDialog: FileDialogPage;

  readonly documentName: Locator;
  readonly dirtyMark: Locator;
  readonly toolbar: Locator;
  /** The top bar's Save button. */
  readonly saveButton: Locator;
  readonly toasts: Locator;
  readonly confirmDialog: Locator;
  readonly loadErrorDialog: Locator;
  readonly messageDialog: Locator;
  readonly shortcutsSheet: Locator;
  readonly recoveryBanner: Locator;
  /** The start page a launch shows when it has nothing to reopen. */
  readonly startPage: Locator;

  constructor(
    readonly page: Page,
    readonly launched?: LaunchedApp,
  ) {
    this.palette = new PalettePage(page);
    this.canvas = new CanvasPage(page);
    this.inspector = new InspectorPage(page);
    this.issues = new IssuesPage(page);
    this.cost = new CostPage(page);
    this.fileDialog = new FileDialogPage(page);
    this.documentName = page.getByTestId('document-name');
    this.dirtyMark = page.getByTestId('dirty-mark');
    this.toolbar = page.getByRole('toolbar', { name: 'Tools' });
    this.saveButton = page.getByRole('banner').getByRole('button', { name: 'Save', exact: true });
    this.toasts = page.getByTestId('toasts');
    this.confirmDialog = page.getByTestId('confirm-dialog');
    this.loadErrorDialog = page.getByTestId('load-error-dialog');
    this.messageDialog = page.getByTestId('message-dialog');
    this.shortcutsSheet = page.getByTestId('shortcuts-sheet');
    this.recoveryBanner = page.getByTestId('recovery-banner');
    this.startPage = page.getByTestId('start-page');
  }

  get kind(): 'browser' | 'electron' {
    return this.launched?.kind ?? 'browser';
  }

  /**
   * The app has rendered and its first analysis is on screen. A launch that shows the start page is
   * taken past it with "New blank design", unless `keepStartPage`.
   */
  async waitUntilReady(timeout = 15_000, { keepStartPage = false } = {}): Promise<void> {
    await expect(this.palette.search.or(this.startPage).filter({ visible: true })).toBeVisible({ timeout });
    if (await this.startPage.isVisible()) {
      if (keepStartPage) return;
      // It may show only for a moment, while the last design reopens: then there is nothing to click.
      await this.startPage
        .getByRole('button', { name: 'New blank design' })
        .click({ timeout: 5_000 })
        .catch(() => undefined);
    }
    await expect(this.palette.search).toBeVisible({ timeout });
    await expect(this.issues.tab).toBeVisible({ timeout });
    await expect(this.canvas.pane).toBeVisible({ timeout });
  }

  /** A top-bar tool button ("Undo", "Connect selected", "Auto-layout", …). */
  tool(name: string): Locator {
    return this.toolbar.getByRole('button', { name, exact: true });
  }

  menuButton(menu: MenuName): Locator {
    return this.page.getByRole('navigation', { name: 'Menus' }).getByRole('button', { name: menu, exact: true });
  }

  menu(menu: MenuName): Locator {
    return this.page.getByRole('menu', { name: menu });
  }

  /** Opens a top-bar menu and chooses an item (waits for items that load with the menu). */
  async chooseMenuItem(menu: MenuName, item: string | RegExp): Promise<void> {
    await this.menuButton(menu).click();
    const entry = this.menu(menu).getByRole('menuitem', { name: item });
    await expect(entry).toBeVisible();
    await entry.click();
    await expect(this.menu(menu)).toBeHidden();
  }

  /** File → New from example → `title`. */
  async openExample(title: string): Promise<void> {
    await this.chooseMenuItem('File', title);
  }

  /** The text of the latest toast. */
  toast(text: string | RegExp): Locator {
    return this.toasts.locator('.toast').filter({ hasText: text });
  }

  confirmButton(name: 'Discard changes' | 'Keep editing' | 'Overwrite' | 'Replace' | 'Cancel'): Locator {
    return this.confirmDialog.getByRole('button', { name, exact: true });
  }

  /**
   * Save As into `filePath` through the app's file dialog (the in-app picker in browser mode, the
   * native one in Electron) and waits until the app reports it saved.
   */
  async saveAs(filePath: string): Promise<void> {
    if (this.kind === 'electron') {
      await this.launched!.answerNextFileDialog!('save', filePath);
      await this.chooseMenuItem('File', /^Save As/);
    } else {
      await this.chooseMenuItem('File', /^Save As/);
      await expect(this.fileDialog.root).toBeVisible();
      await this.fileDialog.waitForListing();
      // A name typed in the folder the picker shows, or a full path when it is elsewhere.
      const folder = await this.fileDialog.currentFolder();
      const typed = path.dirname(filePath) === folder ? path.basename(filePath) : filePath;
      await this.fileDialog.confirmWith(typed, 'Save');
    }
    await this.waitForSaved(filePath);
  }

  /** The save went through: a toast names the file and the unsaved mark is gone. */
  async waitForSaved(filePath: string): Promise<void> {
    await expect(this.toast(`Saved ${filePath}.`)).toBeVisible();
    await expect(this.dirtyMark).toBeHidden();
  }

  /**
   * File → Open… `filePath`. With unsaved changes the app asks first: `discardChanges` answers
   * "Discard changes" (and checks that it asked).
   */
  async open(filePath: string, options: { discardChanges?: boolean } = {}): Promise<void> {
    if (this.kind === 'electron') await this.launched!.answerNextFileDialog!('open', filePath);
    await this.chooseMenuItem('File', /^Open/);
    if (options.discardChanges) {
      await expect(this.confirmDialog).toBeVisible();
      await expect(this.confirmDialog).toContainText('Discard unsaved changes?');
      await this.confirmButton('Discard changes').click();
      await expect(this.confirmDialog).toBeHidden();
    }
    if (this.kind === 'electron') return;
    await expect(this.fileDialog.root).toBeVisible();
    await this.fileDialog.waitForListing();
    await this.fileDialog.confirmWith(filePath, 'Open');
  }

  /** Presses a key chord on the page (e.g. "Control+z"). */
  async press(keys: string): Promise<void> {
    await this.page.keyboard.press(keys);
  }
}
