import { base64Encode } from '../../shared/util/bytes';
import type { DesktopBridge, ExportDesignResult } from '../../shared/ipc/contract';
import { getBridge } from '../bridge/index';
import { platformInfo, rememberPickedPath, startFolder } from '../commands/fileActions';
import { basename, isAbsolutePath } from '../commands/paths';
import { analysisOf } from '../store/analysis';
import { confirmDialog, pickPathInApp, useDialogStore } from '../store/dialogStore';
import { useDocumentStore } from '../store/documentStore';
import { toast } from '../store/toastStore';
import { choicesFromSettings, choicesToSettings, exportFileName, formatInfo, type ExportChoices } from './exportChoices';
import { sheetPng } from './rasterize';
import { sheetSvg } from './sheetPreview';
import { withShippedFonts } from './sheetFonts';

/** File → Export… and Copy image: the choices, remembered in the settings, and what they do. */

const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** "Could not <action>: <reason>", unless the reason is already such a sentence. */
function failure(action: string, error: unknown): string {
  const text = errorText(error);
  return /^Could not /.test(text) ? text : `Could not ${action}: ${text}`;
}

export async function loadExportChoices(): Promise<ExportChoices> {
  try {
    return choicesFromSettings((await getBridge().getSettings()).exportChoices);
  } catch {
    return choicesFromSettings(undefined);
  }
}

// Writes go out one after another, so the settings always end with the latest choices.
let writes: Promise<void> = Promise.resolve();

export function saveExportChoices(choices: ExportChoices): Promise<void> {
  writes = writes.then(() =>
    getBridge()
      .setSettings({ exportChoices: choicesToSettings(choices) })
      .then(
        () => undefined,
        // Not remembering the choices is no reason to interrupt an export.
        () => undefined,
      ),
  );
  return writes;
}

/** Where to write: the native save dialog, or in browser mode the in-app picker (which then asks before replacing). */
async function chooseExportPath(choices: ExportChoices, title: string): Promise<string | null> {
  const info = formatInfo(choices.format);
  const suggested = exportFileName(title, choices.format);
  const bridge = getBridge();
  const picked = await bridge.pickSavePath(suggested);
  if (picked) return rememberPickedPath(picked);
  if (picked != null || (await platformInfo()).kind !== 'browser') return null;
  const path = rememberPickedPath(
    await pickPathInApp('save', await startFolder(), suggested, {
      title: `Export as ${info.label}`,
      suffix: info.extension,
      showSuffixes: [info.extension],
    }),
  );
  if (!path) return null;
  if (!isAbsolutePath(path)) throw new Error(`“${path}” is not a full path.`);
  const exists = await bridge.fileModifiedAt(path).catch(() => null);
  if (exists !== null) {
    const replace = await confirmDialog({
      title: 'Replace the existing file?',
      message: `${path} already exists. Replace it with this export?`,
      confirmLabel: 'Replace',
      danger: true,
    });
    if (!replace) return null;
  }
  return path;
}

function sizeText(bytes: number): string {
  return bytes < 1024 ? `${bytes} bytes` : bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** The sentence a finished export is announced with. */
function exportedMessage(result: Extract<ExportDesignResult, { ok: true }>, choices: ExportChoices): string {
  const beside = result.alsoWritten.length > 0 ? `, with the sheet in ${result.alsoWritten.map(basename).join(', ')} beside it` : '';
  const notes = result.notes.length > 0 ? ` ${result.notes.join(' ')}` : '';
  return `Exported ${formatInfo(choices.format).label} to ${result.path} (${sizeText(result.bytes)})${beside}.${notes}`;
}

/**
 * Export… in the dialog: the dialog makes way for the save dialog (and comes back if that is
 * cancelled), then the host writes the file with the CLI's exporters; a toast says where, or why not.
 */
export async function exportWithChoices(choices: ExportChoices): Promise<void> {
  const design = useDocumentStore.getState().doc;
  const dialogs = useDialogStore.getState();
  dialogs.close();
  let path: string | null;
  try {
    path = await chooseExportPath(choices, design.title);
  } catch (error) {
    toast(failure('export the design', error), 'error');
    return;
  }
  if (!path) {
    useDialogStore.getState().open({ kind: 'export' });
    return;
  }
  try {
    const result = await getBridge().exportDesign({
      path,
      format: choices.format,
      document: design,
      theme: choices.theme,
      ...(choices.format === 'png' ? { scale: choices.scale } : {}),
      ...(choices.format === 'pdf' ? { paper: choices.paper } : {}),
      include: choices.include,
    });
    if (result.ok) toast(exportedMessage(result, choices), 'success');
    else toast(result.message, 'error');
  } catch (error) {
    toast(failure('export the design', error), 'error');
  }
}

function desktopClipboard(): Pick<DesktopBridge, 'copyImage'> | null {
  const bridge = window.pipeboard as Partial<DesktopBridge> | undefined;
  return bridge && typeof bridge.copyImage === 'function' ? (bridge as Pick<DesktopBridge, 'copyImage'>) : null;
}

/**
 * Copy image: the sheet as a PNG at the chosen scale (with the design inside) on the clipboard. In the
 * browser the clipboard write starts at once, inside the click, with the image still being drawn, so
 * it keeps the click's permission; the desktop app's page may not use the clipboard, so main writes it.
 * Resolves to the sentence the dialog shows (the dialog covers the toasts).
 */
export async function copySheetImage(choices: ExportChoices): Promise<{ ok: boolean; message: string }> {
  const design = useDocumentStore.getState().doc;
  const png = (async () => sheetPng(await withShippedFonts(await sheetSvg(design, analysisOf(design), choices)), design, choices.scale))();
  try {
    const desktop = desktopClipboard();
    if (desktop) {
      await desktop.copyImage(base64Encode(new Uint8Array(await (await png).arrayBuffer())));
    } else {
      if (!navigator.clipboard?.write || typeof ClipboardItem === 'undefined') throw new Error('this browser cannot put images on the clipboard.');
      await navigator.clipboard.write([new ClipboardItem({ 'image/png': png })]);
    }
    return { ok: true, message: `Copied the sheet as a ${choices.scale}x PNG image.` };
  } catch (error) {
    png.catch(() => undefined);
    return { ok: false, message: failure('copy the image', error) };
  }
}
