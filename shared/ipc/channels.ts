import type { PlatformBridge } from './contract';

/**
 * Every PlatformBridge method by name. The Electron preload, the IPC handlers and the browser-mode
 * local host all derive their channels from this one list.
 */
export const BRIDGE_METHODS = [
  'info',
  'pickOpenPath',
  'pickSavePath',
  'listDirectory',
  'openDocument',
  'saveDocument',
  'fileModifiedAt',
  'recentFiles',
  'removeRecent',
  'exportDesign',
  'getSettings',
  'setSettings',
  'autosave',
  'pendingRecovery',
  'discardRecovery',
] as const satisfies readonly (keyof PlatformBridge)[];

export type BridgeMethod = (typeof BRIDGE_METHODS)[number];

// Fails to compile when the contract gains a method this list lacks.
type MissingFromList = Exclude<keyof PlatformBridge, BridgeMethod>;
const listCoversContract: [MissingFromList] extends [never] ? true : MissingFromList = true;
void listCoversContract;

export function isBridgeMethod(name: string): name is BridgeMethod {
  return (BRIDGE_METHODS as readonly string[]).includes(name);
}

/** The Electron IPC channel for a method (`pipeboard:openDocument`). */
export function ipcChannel(method: BridgeMethod): string {
  return `pipeboard:${method}`;
}
