import { lazy, Suspense } from 'react';
import { useDialogStore } from '../store/dialogStore';
import { useUiStore } from '../store/uiStore';
import { ConfirmDialog } from './ConfirmDialog';
import { FileDialog } from './FileDialog';
import { LoadErrorDialog } from './LoadErrorDialog';
import { MessageDialog } from './MessageDialog';
import { ShortcutsSheet } from './ShortcutsSheet';

// The Export dialog carries the exporters, their fonts and icons: loaded when first opened.
const ExportDialog = lazy(() => import('../export/ExportDialog'));

/** Renders whichever modal the stores say is open. */
export function DialogHost() {
  const dialog = useDialogStore((s) => s.dialog);
  const shortcuts = useUiStore((s) => s.shortcutsOpen);
  if (dialog) {
    switch (dialog.kind) {
      case 'confirm':
        return <ConfirmDialog dialog={dialog} />;
      case 'file':
        return <FileDialog key={`${dialog.mode}:${dialog.startPath}`} dialog={dialog} />;
      case 'loadError':
        return <LoadErrorDialog dialog={dialog} />;
      case 'message':
        return <MessageDialog dialog={dialog} />;
      case 'export':
        return (
          <Suspense fallback={null}>
            <ExportDialog />
          </Suspense>
        );
    }
  }
  return shortcuts ? <ShortcutsSheet /> : null;
}
