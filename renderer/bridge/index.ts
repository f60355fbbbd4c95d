import type { PlatformBridge } from '../../shared/ipc/contract';
import { createHttpBridge } from './httpBridge';

declare global {
  interface Window {
    /** Exposed by the Electron preload through contextBridge; absent in browser mode. */
    pipeboard?: PlatformBridge;
  }
}

let bridge: PlatformBridge | undefined;

/** The one way the renderer reaches files, recent files, settings and autosave. */
export function getBridge(): PlatformBridge {
  bridge ??= window.pipeboard ?? createHttpBridge();
  return bridge;
}

/** For tests: use a fake bridge. */
export function setBridgeForTesting(fake: PlatformBridge | undefined): void {
  bridge = fake;
}
