import { lazy, Suspense, useEffect } from 'react';
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
import { loadPanelLayout } from './layout/panelStore';
import { Workspace } from './layout/Workspace';
import { useDialogStore } from './store/dialogStore';
import { useUiStore } from './store/uiStore';
import { useViewStore } from './store/viewStore';
import { PracticeBarSlot } from './practice/PracticeBarSlot';

// Practice and Compare carry the scenario data and their own styles: loaded when first shown.
const PracticeView = lazy(() => import('./practice/PracticeView'));
const CompareView = lazy(() => import('./compare/CompareView'));
const StartPage = lazy(() => import('./start/StartPage'));

function OtherView({ view }: { view: 'start' | 'practice' | 'compare' }) {
  if (view === 'start') return <StartPage />;
  return view === 'practice' ? <PracticeView /> : <CompareView />;
}

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
    void loadPanelLayout();
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
          <Suspense fallback={<p className="view-loading">Loading…</p>}>
            <OtherView view={view} />
          </Suspense>
        )}
        {/* Kept mounted while hidden, so the canvas keeps its viewport. */}
        <Workspace hidden={view !== 'editor'} />
      </div>
      <Toasts />
      <DialogHost />
    </div>
  );
}
