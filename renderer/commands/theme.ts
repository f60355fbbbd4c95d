import { getBridge } from '../bridge/index';
import { useUiStore, type ThemeChoice } from '../store/uiStore';

/** Sets the theme and remembers it in the app settings. */
export function setThemeChoice(theme: ThemeChoice): void {
  useUiStore.getState().setTheme(theme);
  void getBridge()
    .setSettings({ theme })
    .catch(() => undefined);
}

export async function loadThemeChoice(): Promise<void> {
  try {
    const settings = await getBridge().getSettings();
    useUiStore.getState().setTheme(settings.theme);
  } catch {
    // Keep following the system.
  }
}
