import { useEffect } from 'react';
import { isDirty, useDocumentStore } from '../store/documentStore';

/** Asks before the window closes or reloads with unsaved changes. */
export function useUnsavedGuard(): void {
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!isDirty(useDocumentStore.getState())) return;
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, []);
}
