import { useEffect } from 'react';
import type { DesktopBridge } from '../../shared/ipc/contract';
import { openPath } from '../commands/fileActions';
import { COMMANDS, runCommand } from '../commands/registry';
import { isDirty, useDocumentStore } from '../store/documentStore';
import { useDocumentName } from './useDocumentName';
import { windowTitle } from './useWindowTitle';

/** The desktop extras of the Electron preload, when present (absent in browser mode). */
function desktopBridge(): DesktopBridge | null {
  const bridge = window.pipeboard;
  return bridge && 'onMenuCommand' in bridge ? (bridge as DesktopBridge) : null;
}

/**
 * In the desktop app: native menu items run the same commands by id, files opened from the OS open
 * here, and the window learns the title and whether there are unsaved changes.
 */
export function useDesktopIntegration(): void {
  const dirty = useDocumentStore(isDirty);
  const name = useDocumentName();

  useEffect(() => {
    const desktop = desktopBridge();
    if (!desktop) return;
    const stopMenu = desktop.onMenuCommand((id) => {
      if (COMMANDS.some((c) => c.id === id)) runCommand(id);
    });
    const stopOpen = desktop.onOpenFile((path) => void openPath(path));
    return () => {
      stopMenu();
      stopOpen();
    };
  }, []);

  useEffect(() => {
    desktopBridge()?.setDirty(dirty);
  }, [dirty]);

  useEffect(() => {
    desktopBridge()?.setTitle(windowTitle(name, dirty));
  }, [name, dirty]);
}
