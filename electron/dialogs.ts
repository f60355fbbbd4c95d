import { promises as fs } from 'node:fs';
import path from 'node:path';
import { dialog, type BrowserWindow } from 'electron';
import type { Dialogs } from './services/bridgeHandlers';
import { openFileFilters, savePlanFor } from './designFiles';

/**
 * The native open and save dialogs behind `pickOpenPath` / `pickSavePath`: Open shows designs
 * (`.pipeboard.json`) and the SVG/PNG images Pipeboard exports; Save filters designs to
 * `.pipeboard.json` (exports, asked for by their extension, to their own type). A cancelled dialog
 * answers null. Each dialog starts in the folder the previous one ended in.
 */
export function createNativeDialogs(options: { window: () => BrowserWindow | null; documentsFolder: () => string }): Dialogs {
  let lastFolder: string | undefined;
  const startFolder = () => lastFolder ?? options.documentsFolder();
  const remember = (chosen: string): string => {
    lastFolder = path.dirname(chosen);
    return chosen;
  };

  return {
    pickOpenPath: async () => {
      const parent = options.window();
      const settings = {
        title: 'Open design',
        defaultPath: startFolder(),
        filters: openFileFilters(process.platform),
        properties: ['openFile' as const],
      };
      const result = parent ? await dialog.showOpenDialog(parent, settings) : await dialog.showOpenDialog(settings);
      const chosen = result.canceled ? undefined : result.filePaths[0];
      return chosen === undefined ? null : remember(chosen);
    },
    pickSavePath: async (suggestedName) => {
      const parent = options.window();
      const plan = savePlanFor(suggestedName, process.platform);
      const settings = {
        title: 'Save',
        defaultPath: path.join(startFolder(), plan.name),
        filters: plan.filters,
        properties: ['showOverwriteConfirmation' as const, 'createDirectory' as const],
      };
      const result = parent ? await dialog.showSaveDialog(parent, settings) : await dialog.showSaveDialog(settings);
      if (result.canceled || !result.filePath) return null;
      const chosen = plan.finish(result.filePath);
      // The dialog confirmed replacing the name it showed; with the extension added it is another file.
      if (chosen !== result.filePath && (await exists(chosen)) && !(await confirmReplace(parent, chosen))) return null;
      return remember(chosen);
    },
  };
}

async function exists(filePath: string): Promise<boolean> {
  return fs.stat(filePath).then(
    () => true,
    () => false,
  );
}

async function confirmReplace(parent: BrowserWindow | null, filePath: string): Promise<boolean> {
  const settings = {
    type: 'warning' as const,
    buttons: ['Replace', 'Cancel'],
    defaultId: 1,
    cancelId: 1,
    message: `${path.basename(filePath)} already exists. Replace it?`,
    detail: filePath,
  };
  const { response } = parent ? await dialog.showMessageBox(parent, settings) : await dialog.showMessageBox(settings);
  return response === 0;
}
