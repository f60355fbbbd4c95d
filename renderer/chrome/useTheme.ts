import { useEffect } from 'react';
import { effectiveTheme, useUiStore } from '../store/uiStore';

/** Puts the effective theme on <html data-theme> and follows prefers-color-scheme. */
export function useTheme(): void {
  const theme = useUiStore(effectiveTheme);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
    document.documentElement.style.colorScheme = theme;
  }, [theme]);
  useEffect(() => {
    const query = window.matchMedia('(prefers-color-scheme: dark)');
    const onChange = () => useUiStore.getState().setSystemDark(query.matches);
    onChange();
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);
}
