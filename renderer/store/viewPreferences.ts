/**
 * View preferences of this computer that belong to no document and no app setting (the minimap, the
 * last folder a file picker chose in):
 * kept in the renderer's localStorage, which survives reloads and restarts of the same app origin.
 */
const MINIMAP_KEY = 'pipeboard.showMinimap';

export function storedShowMinimap(): boolean {
  try {
    return globalThis.localStorage?.getItem(MINIMAP_KEY) !== 'false';
  } catch {
    return true;
  }
}

export function storeShowMinimap(show: boolean): void {
  try {
    globalThis.localStorage?.setItem(MINIMAP_KEY, String(show));
  } catch {
    // Storage refused (private mode): the choice lasts until the window closes.
  }
}

const FOLDER_KEY = 'pipeboard.lastFolder';

export function rememberedFolder(): string {
  try {
    return globalThis.localStorage?.getItem(FOLDER_KEY) ?? '';
  } catch {
    return '';
  }
}

export function rememberFolder(folder: string): void {
  try {
    globalThis.localStorage?.setItem(FOLDER_KEY, folder);
  } catch {
    // Storage refused: pickers start in the workspace.
  }
}
