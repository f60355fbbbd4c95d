import path from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import type { AppPage } from './AppPage';

export type ExportFormatLabel = 'PNG image' | 'SVG image' | 'PDF document' | 'Markdown study note' | 'CSV cost sheet' | 'JSON design';

/** File → Export…: the options, the live preview and the buttons. */
export class ExportPage {
  readonly page: Page;
  readonly root: Locator;
  readonly previewImage: Locator;
  readonly previewText: Locator;
  readonly previewTotal: Locator;
  /** What Copy image reports, inside the dialog. */
  readonly status: Locator;
  readonly exportButton: Locator;
  readonly copyButton: Locator;
  readonly cancelButton: Locator;

  constructor(readonly app: AppPage) {
    this.page = app.page;
    this.root = app.page.getByTestId('export-dialog');
    this.previewImage = this.root.getByTestId('export-preview-image');
    this.previewText = this.root.getByTestId('export-preview-text');
    this.previewTotal = this.root.getByTestId('export-preview-total');
    this.status = this.root.getByTestId('export-status');
    this.exportButton = this.root.getByRole('button', { name: 'Export…', exact: true });
    this.copyButton = this.root.getByRole('button', { name: 'Copy image', exact: true });
    this.cancelButton = this.root.getByRole('button', { name: 'Cancel', exact: true });
  }

  /** File → Export… from the top-bar menu. */
  async open(): Promise<void> {
    await this.keepPreviewBlobs();
    await this.app.chooseMenuItem('File', /^Export/);
    await expect(this.root).toBeVisible();
  }

  /**
   * The page's CSP keeps fetch() away from blob: URLs (connect-src 'self'), so the test reads the
   * preview's SVG from the Blob itself: blob URLs made from now on are remembered with their Blob.
   */
  async keepPreviewBlobs(): Promise<void> {
    await this.page.evaluate(() => {
      const scope = window as unknown as { __pipeboardBlobs?: Map<string, Blob> };
      if (scope.__pipeboardBlobs) return;
      const blobs = new Map<string, Blob>();
      scope.__pipeboardBlobs = blobs;
      const create = URL.createObjectURL.bind(URL);
      URL.createObjectURL = (object: Blob | MediaSource) => {
        const url = create(object);
        if (object instanceof Blob) blobs.set(url, object);
        return url;
      };
    });
  }

  format(label: ExportFormatLabel): Locator {
    return this.root.getByRole('radio', { name: new RegExp(`^${label}`) });
  }

  /** A radio of the theme, scale or paper rows ("Dark", "2x", "Letter"). */
  option(group: 'Theme' | 'PNG scale' | 'PDF paper', label: string): Locator {
    return this.root.getByRole('group', { name: group }).getByRole('radio', { name: label, exact: true });
  }

  include(label: 'Cost sheet' | 'Issues, each with its why' | 'Needs and notes'): Locator {
    return this.root.getByRole('checkbox', { name: label, exact: true });
  }

  async choose(format: ExportFormatLabel, options: { theme?: 'Light' | 'Dark'; scale?: '1x' | '2x' | '3x'; paper?: 'A4' | 'Letter' } = {}): Promise<void> {
    await this.format(format).check();
    if (options.theme) await this.option('Theme', options.theme).check();
    if (options.scale) await this.option('PNG scale', options.scale).check();
    if (options.paper) await this.option('PDF paper', options.paper).check();
  }

  /** The SVG text behind the preview image (the Blob its blob: URL was made from; see keepPreviewBlobs). */
  async previewSvg(): Promise<string> {
    await expect(this.previewImage).toBeVisible();
    const url = await this.previewImage.getAttribute('src');
    const text = await this.page.evaluate(
      (src) => (window as unknown as { __pipeboardBlobs?: Map<string, Blob> }).__pipeboardBlobs?.get(src ?? '')?.text() ?? null,
      url,
    );
    if (text === null) throw new Error(`The preview image ${url} was not made while the test watched (call keepPreviewBlobs first).`);
    return text;
  }

  /**
   * Export… into `filePath` (the in-app picker in browser mode, the native dialog in Electron) and
   * waits for the toast that names the file.
   */
  async exportTo(filePath: string): Promise<void> {
    if (this.app.kind === 'electron') {
      await this.app.launched!.answerNextFileDialog!('save', filePath);
      await this.exportButton.click();
    } else {
      await this.exportButton.click();
      const picker = this.app.fileDialog;
      await expect(picker.root).toBeVisible();
      await picker.waitForListing();
      const folder = await picker.currentFolder();
      await picker.confirmWith(path.dirname(filePath) === folder ? path.basename(filePath) : filePath, 'Save');
    }
    await expect(this.app.toast(new RegExp(`^Exported .* to ${escapeRegExp(filePath)} \\(`))).toBeVisible({ timeout: 20_000 });
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
