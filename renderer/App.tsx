import { useEffect } from 'react';
import { Canvas } from './canvas/Canvas';
import { Palette } from './canvas/Palette';
import { RecoveryBanner } from './chrome/RecoveryBanner';
import { Toasts } from './chrome/Toasts';
import { TopBar } from './chrome/TopBar';
import { useAutosave } from './chrome/useAutosave';
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

export function App() {
  useTheme();
  useKeyboard();
  useWindowTitle();
  useUnsavedGuard();
  useAutosave();
  useFileDrop();

  useEffect(() => {
    void loadThemeChoice();
    void checkRecovery();
  }, []);

  return (
    <div className="app">
      <TopBar />
      <RecoveryBanner />
      <div className="workspace">
        <Palette />
        <main className="centre" aria-label="Pipeline">
          <Canvas />
          <BottomPanel />
        </main>
        <Inspector />
      </div>
      <Toasts />
      <DialogHost />
    </div>
  );
}
