import { discardRecoveredWork, recoverWork } from '../commands/fileActions';
import { useDialogStore } from '../store/dialogStore';

function when(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/** Offers autosaved work from a session that ended without saving. */
export function RecoveryBanner() {
  const recovery = useDialogStore((s) => s.recovery);
  if (!recovery) return null;
  return (
    <div className="banner" role="region" aria-label="Recover unsaved work" data-testid="recovery-banner">
      <p>
        Recover unsaved work from {when(recovery.savedAt)}
        {recovery.document.title ? ` (“${recovery.document.title}”)` : ''}?
      </p>
      <button type="button" className="button button--primary" onClick={() => void recoverWork()}>
        Recover
      </button>
      <button type="button" className="button" onClick={() => void discardRecoveredWork()}>
        Discard
      </button>
    </div>
  );
}
