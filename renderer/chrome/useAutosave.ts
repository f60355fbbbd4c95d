import { useEffect } from 'react';
import type { PipelineDocument } from '../../shared/model/document';
import { getBridge } from '../bridge/index';
import { isDirty, useDocumentStore } from '../store/documentStore';

const AUTOSAVE_INTERVAL_MS = 3000;

/** While there are unsaved changes, hands the document to the host every few seconds. */
export function useAutosave(): void {
  useEffect(() => {
    let last: PipelineDocument | null = null;
    let busy = false;
    const timer = window.setInterval(() => {
      const state = useDocumentStore.getState();
      if (busy || !isDirty(state) || state.doc === last) return;
      busy = true;
      const doc = state.doc;
      getBridge()
        .autosave(doc, state.filePath ?? undefined)
        .then(() => {
          last = doc;
        })
        .catch(() => undefined)
        .finally(() => {
          busy = false;
        });
    }, AUTOSAVE_INTERVAL_MS);
    return () => window.clearInterval(timer);
  }, []);
}
