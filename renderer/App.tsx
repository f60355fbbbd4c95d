import { lazy, Suspense, useEffect } from 'react';
import { Canvas } from './canvas/Canvas';
import { Palette } from './canvas/Palette';
import { RecoveryBanner } from './chrome/RecoveryBanner';
import { Toasts } from './chrome/Toasts';
import { TopBar } from './chrome/TopBar';
import { useAutosave } from './chrome/useAutosave';
import { useDesktopIntegration } from './chrome/useDesktopIntegration';
import { useFileDrop } from './chrome/useFileDrop';
import { useTheme } from './chrome/useTheme';
import { useUnsavedGuard } from './chrome/useUnsavedGuard';
import { useWindowTitle } from './chrome/useWindowTitle';
import { checkRecovery } from './commands/fileActions';
import { loadThemeChoice } from './commands/theme';
import { useKeyboard } from './commands/useKeyboard';
import { DialogHost } from './dialogs/DialogHost';
import { BottomPanel } from './panels/BottomPanel';
import { Inspector } from './panels/Inspector';
import { useDialogStore } from './store/dialogStore';
import { useUiStore } from './store/uiStore';
import { useViewStore } from './store/viewStore';
import { PracticeBarSlot } from './practice/PracticeBarSlot';

// Practice and Compare carry the scenario data and their own styles: loaded when first shown.
const PracticeView = lazy(() => import('./practice/PracticeView'));
const CompareView = lazy(() => import('./compare/CompareView'));

export function App() {
  useTheme();
  useKeyboard();
  useWindowTitle();
  useUnsavedGuard();
  useAutosave();
  useFileDrop();
  useDesktopIntegration();

  useEffect(() => {
    void loadThemeChoice();
    void checkRecovery();
  }, []);

  // While a modal is open the rest of the window is inert (not focusable, hidden from assistive tech).
  const dialogOpen = useDialogStore((s) => s.dialog !== null);
  const sheetOpen = useUiStore((s) => s.shortcutsOpen);
  const modalOpen = dialogOpen || sheetOpen;
  const view = useViewStore((s) => s.view);

  return (
    <div className="app">
      <div className="app__frame" inert={modalOpen}>
        <TopBar />
        <RecoveryBanner />
        {view === 'editor' && <PracticeBarSlot />}
        {view !== 'editor' && (
          <Suspense fallback={<p className="view-loading">Loading…</p>}>{view === 'practice' ? <PracticeView /> : <CompareView />}</Suspense>
        )}
        {/* Kept mounted while hidden, so the canvas keeps its viewport. */}
        <div className="workspace" hidden={view !== 'editor'}>
          <Palette />
          <main className="centre" aria-label="Pipeline">
            <Canvas />
            <BottomPanel />
          </main>
          <Inspector />
        </div>
      </div>
      <Toasts />
      <DialogHost />
    </div>
  );
}
