import { useEffect } from 'react';
import { isDirty, useDocumentStore } from '../store/documentStore';
import { useDocumentName } from './useDocumentName';

/** "• name — Pipeboard" while there are unsaved changes, "name — Pipeboard" otherwise. */
export function windowTitle(name: string, dirty: boolean): string {
  return `${dirty ? '• ' : ''}${name} — Pipeboard`;
}

export function useWindowTitle(): void {
  const name = useDocumentName();
  const dirty = useDocumentStore(isDirty);
  useEffect(() => {
    document.title = windowTitle(name, dirty);
  }, [name, dirty]);
}
