import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { EXAMPLES } from '../../shared/scenarios/examples';
import { dollars, engineTotal } from '../fixtures/engine';
import { PNG_SIGNATURE, pngSize } from '../fixtures/png';
import { expect, test } from '../fixtures/test';
import { AppPage } from '../pages/AppPage';
import { ExportPage } from '../pages/ExportPage';

const run = promisify(execFile);
const q1 = EXAMPLES.find((e) => e.id === 'q1-answer')!;
const labels = q1.document.nodes.map((node) => node.label);

/**
 * Drops a file on the window the way the OS does: a real `drop` event whose DataTransfer carries a
 * File made from `bytes` in the page.
 */
async function dropFile(page: Page, bytes: Uint8Array, name: string, type: string): Promise<void> {
  await page.evaluate(
    ({ base64, name, type }) => {
      const binary = atob(base64);
      const data = new Uint8Array(binary.length);
      for (let k = 0; k < binary.length; k++) data[k] = binary.charCodeAt(k);
      const transfer = new DataTransfer();
      transfer.items.add(new File([data], name, { type }));
      const target = document.querySelector('.react-flow__pane') ?? document.body;
      for (const kind of ['dragenter', 'dragover', 'drop']) {
        target.dispatchEvent(new DragEvent(kind, { dataTransfer: transfer, bubbles: true, cancelable: true, clientX: 600, clientY: 300 }));
      }
    },
    { base64: Buffer.from(bytes).toString('base64'), name, type },
  );
}

/** What a reopened design must match: its name, node ids and the total on the cost tab. */
async function expectQ1(app: AppPage, name: string): Promise<void> {
  await expect(app.documentName).toHaveText(name);
  await expect(app.cost.total).toHaveText('$112.05');
  expect((await app.canvas.nodeIds()).sort()).toEqual(q1.document.nodes.map((node) => node.id).sort());
}

test('exports the Q1 answer to PNG 2x, PDF and Markdown with a live preview; the PNG dropped back reopens the design, a tampered one is refused', async ({ app, launched }) => {
  test.setTimeout(90_000);
  expect(dollars(engineTotal(q1.document))).toBe('$112.05');
  await app.openExample(q1.title);
  await app.cost.show();
  await expect(app.cost.total).toHaveText('$112.05');

  const dialog = new ExportPage(app);
  await dialog.open();
  // The preview is the exported sheet itself: the total and every label are in it.
  await expect(dialog.previewImage).toHaveAccessibleName(/total \$112\.05 a month/);
  await expect(dialog.previewTotal).toHaveText('Total $112.05 / month');
  const svg = await dialog.previewSvg();
  expect(svg).toContain('$112.05');
  for (const label of labels) expect(svg, label).toContain(label);
  // It follows the choices: the dark sheet, then no cost sheet.
  await dialog.choose('PNG image', { theme: 'Dark', scale: '2x' });
  await expect.poll(async () => (await dialog.previewSvg()).includes('fill="#121418"')).toBe(true);
  await dialog.include('Cost sheet').uncheck();
  await expect.poll(async () => (await dialog.previewSvg()).includes('Total per month')).toBe(false);
  await dialog.include('Cost sheet').check();
  await dialog.option('Theme', 'Light').check();
  await expect.poll(async () => (await dialog.previewSvg()).includes('Total per month')).toBe(true);
  // The preview <img> decodes after its source changes: wait for a decoded sheet before reading its width.
  const decodedWidth = () => dialog.previewImage.evaluate((image: HTMLImageElement) => (image.complete ? image.naturalWidth : 0));
  await expect.poll(decodedWidth).toBeGreaterThan(600);
  const sheetWidth = await decodedWidth();

  // PNG at 2x.
  const pngPath = path.join(launched.workspace, 'q1-sheet.png');
  await dialog.exportTo(pngPath);
  const png = new Uint8Array(await fs.readFile(pngPath));
  expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  expect(pngSize(png).width).toBe(2 * sheetWidth);

  // PDF: selectable text with the total and every label.
  await dialog.open();
  await expect(dialog.format('PNG image')).toBeChecked();
  await dialog.choose('PDF document', { paper: 'Letter' });
  const pdfPath = path.join(launched.workspace, 'q1-sheet.pdf');
  await dialog.exportTo(pdfPath);
  expect((await fs.readFile(pdfPath)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const { stdout: pdfText } = await run('pdftotext', ['-layout', pdfPath, '-']);
  expect(pdfText).toContain('$112.05');
  for (const label of labels) expect(pdfText, label).toContain(label);

  // Markdown: the note shows its preview text, then lands with its Mermaid block, the total and its SVG beside it.
  await dialog.open();
  await dialog.choose('Markdown study note');
  await expect(dialog.previewText).toContainText('```mermaid');
  const mdPath = path.join(launched.workspace, 'q1-note.md');
  await dialog.exportTo(mdPath);
  const note = await fs.readFile(mdPath, 'utf8');
  expect(note).toContain('```mermaid\nflowchart');
  expect(note).toContain('$112.05');
  expect(note).toContain('](q1-note.svg)');
  expect((await fs.readFile(path.join(launched.workspace, 'q1-note.svg'), 'utf8')).includes('$112.05')).toBe(true);

  // Drag the PNG back onto a new design: the editable design returns, with the same total.
  await app.chooseMenuItem('File', /^New( |$)/);
  await expect(app.cost.total).toHaveText('$0.00');
  await dropFile(app.page, png, 'q1-sheet.png', 'image/png');
  await expect(app.toast('Opened the design inside q1-sheet.png. Save As to keep it as a design file.')).toBeVisible();
  await expectQ1(app, 'q1-sheet');

  // A tampered PNG (one byte of the design changed) and a foreign one: refused, the design untouched.
  const tampered = png.slice();
  const at = Buffer.from(tampered).indexOf('"title"');
  tampered[at + 3] = tampered[at + 3]! ^ 0x01;
  await dropFile(app.page, tampered, 'tampered.png', 'image/png');
  await expect(app.loadErrorDialog).toBeVisible();
  await expect(app.loadErrorDialog).toContainText('no intact Pipeboard design inside');
  await expect(app.loadErrorDialog).toContainText('The design you had open is unchanged.');
  await app.loadErrorDialog.getByRole('button', { name: 'OK' }).click();
  const photo = await app.page.screenshot({ clip: { x: 0, y: 0, width: 40, height: 30 } });
  await dropFile(app.page, new Uint8Array(photo), 'photo.png', 'image/png');
  await expect(app.loadErrorDialog).toContainText('This image has no Pipeboard design inside.');
  await app.loadErrorDialog.getByRole('button', { name: 'OK' }).click();
  await expectQ1(app, 'q1-sheet');
});

test('File → Open reopens an exported SVG as an unsaved design, and refuses a foreign one', async ({ app, launched }) => {
  await app.openExample(q1.title);
  const dialog = new ExportPage(app);
  await dialog.open();
  await dialog.choose('SVG image', { theme: 'Dark' });
  const svgPath = path.join(launched.workspace, 'answer.svg');
  await dialog.exportTo(svgPath);
  const foreign = path.join(launched.workspace, 'logo.svg');
  await fs.writeFile(foreign, '<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"><rect width="8" height="8"/></svg>');

  await app.chooseMenuItem('File', /^New( |$)/);
  await app.open(svgPath);
  await expect(app.toast('Opened the design inside answer.svg. Save As to keep it as a design file.')).toBeVisible();
  await app.cost.show();
  await expectQ1(app, 'answer');
  // Save never writes JSON over the image: it asks where the design file goes.
  if (app.kind === 'browser') {
    await app.saveButton.click();
    await expect(app.fileDialog.root).toBeVisible();
    await expect(app.fileDialog.name).toHaveValue(/\.pipeboard\.json$/);
    await app.fileDialog.cancel();
  }

  await app.open(foreign);
  await expect(app.loadErrorDialog).toContainText('This image has no Pipeboard design inside.');
  await expect(app.loadErrorDialog).toContainText(foreign);
  await app.loadErrorDialog.getByRole('button', { name: 'OK' }).click();
  await expectQ1(app, 'answer');
});

test('remembers the last choices across a reload; Ctrl+E opens the dialog, Escape closes it; axe-clean in light and dark', async ({ app, launched }) => {
  await app.openExample(q1.title);
  const dialog = new ExportPage(app);
  await app.canvas.clickEmpty();
  await app.press('Control+e');
  await expect(dialog.root).toBeVisible();
  // Focus starts on the chosen format; the arrow keys move through the formats.
  await expect(dialog.format('PNG image')).toBeFocused();
  await app.press('ArrowDown');
  await expect(dialog.format('SVG image')).toBeChecked();
  await app.press('ArrowDown');
  await expect(dialog.format('PDF document')).toBeChecked();
  await dialog.option('Theme', 'Dark').check();
  await dialog.option('PDF paper', 'Letter').check();
  await dialog.include('Issues, each with its why').uncheck();
  // What does not apply to a format is there but disabled.
  await expect(dialog.option('PNG scale', '3x')).toBeDisabled();

  for (const theme of ['light', 'dark'] as const) {
    if (theme === 'dark') {
      await app.press('Escape');
      await expect(dialog.root).toBeHidden();
      await app.tool('Toggle theme').click();
      await app.press('Control+e');
      await expect(dialog.root).toBeVisible();
    }
    await expect(dialog.previewImage).toBeVisible();
    const results = await new AxeBuilder({ page: app.page }).include('[data-testid="export-dialog"]').analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`), theme).toEqual([]);
  }
  await app.press('Escape');
  await expect(dialog.root).toBeHidden();
  // The settings file holds them.
  const stored = async () => {
    const text = await fs.readFile(path.join(launched.dataDir, 'settings.json'), 'utf8').catch(() => '{}');
    return (JSON.parse(text) as { exportChoices?: Record<string, unknown> }).exportChoices;
  };
  await expect.poll(stored).toMatchObject({ format: 'pdf', theme: 'dark', paper: 'letter', includeIssues: false, includeCost: true });

  const page = await launched.crashAndRestart();
  const reloaded = new ExportPage(new AppPage(page, launched));
  await reloaded.app.waitUntilReady();
  await reloaded.app.press('Control+e');
  await expect(reloaded.root).toBeVisible();
  await expect(reloaded.format('PDF document')).toBeChecked();
  await expect(reloaded.option('Theme', 'Dark')).toBeChecked();
  await expect(reloaded.option('PDF paper', 'Letter')).toBeChecked();
  await expect(reloaded.include('Issues, each with its why')).not.toBeChecked();
  await expect(reloaded.include('Cost sheet')).toBeChecked();
});
