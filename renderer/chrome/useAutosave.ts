import { useEffect } from 'react';
import type { PipelineDocument } from '../../shared/model/document';
import { getBridge } from '../bridge/index';
import { useAutosaveStatus } from '../store/autosaveStatus';
import { isDirty, useDocumentStore } from '../store/documentStore';
import { toast } from '../store/toastStore';
import { SESSION_ID } from './documentSession';

const AUTOSAVE_INTERVAL_MS = 3000;
/** Unchanged unsaved work is rewritten this often, so other windows see this session is alive. */
const AUTOSAVE_HEARTBEAT_MS = 10_000;

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * While there are unsaved changes, hands the document to the host every few seconds under this page's
 * session (with the file's mtime, so recovered work still notices later changes on disk). When the
 * document is clean again, drops this session's copy. A failing autosave is shown, never swallowed.
 */
export function useAutosave(): void {
  useEffect(() => {
    let last: PipelineDocument | null = null;
    let lastAt = 0;
    let hasCopy = false;
    let busy = false;

    const report = (error: unknown) => {
      const status = useAutosaveStatus.getState();
      if (status.failure === null) toast(`Autosave failed: ${errorText(error)} Save your work to keep it.`, 'error');
      status.setFailure(errorText(error));
    };
    const recovered = () => {
      if (useAutosaveStatus.getState().failure !== null) useAutosaveStatus.getState().setFailure(null);
    };

    const tick = () => {
      const state = useDocumentStore.getState();
      if (busy) return;
      if (!isDirty(state)) {
        if (!hasCopy) return;
        busy = true;
        getBridge()
          .discardRecovery(SESSION_ID)
          .then(() => {
            hasCopy = false;
            last = null;
            recovered();
          }, report)
          .finally(() => (busy = false));
        return;
      }
      if (state.doc === last && Date.now() - lastAt < AUTOSAVE_HEARTBEAT_MS) return;
      busy = true;
      const doc = state.doc;
      const session = state.mtimeMs === null ? { id: SESSION_ID } : { id: SESSION_ID, mtimeMs: state.mtimeMs };
      hasCopy = true;
      getBridge()
        .autosave(doc, state.filePath ?? undefined, session)
        .then(() => {
          last = doc;
          lastAt = Date.now();
          recovered();
        }, report)
        .finally(() => (busy = false));
    };

    const timer = window.setInterval(tick, AUTOSAVE_INTERVAL_MS);
    return () => window.clearInterval(timer);
  }, []);
}
