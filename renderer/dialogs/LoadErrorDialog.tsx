import { useDialogStore, type Dialog } from '../store/dialogStore';
import { Modal } from './Modal';

/** A file that could not be opened: the loader's problems, each with its JSON path. */
export function LoadErrorDialog({ dialog }: { dialog: Extract<Dialog, { kind: 'loadError' }> }) {
  const close = () => useDialogStore.getState().close();
  return (
    <Modal
      title="Cannot open this file"
      description={
        <p>
          {dialog.title}
          {dialog.path && (
            <>
              {' '}
              <code className="path">{dialog.path}</code>
            </>
          )}
        </p>
      }
      onClose={close}
      role="alertdialog"
      wide
      testId="load-error-dialog"
    >
      {dialog.problems.length > 0 && (
        <ul className="problems" aria-label="Problems">
          {dialog.problems.map((problem, i) => (
            <li key={`${problem.path}-${i}`} className="problems__item">
              <code className="problems__path">{problem.path || '(file)'}</code>
              <span className="problems__message">{problem.message}</span>
            </li>
          ))}
        </ul>
      )}
      <p className="muted">The design you had open is unchanged.</p>
      <div className="modal__actions">
        <button type="button" className="button button--primary" onClick={close}>
          OK
        </button>
      </div>
    </Modal>
  );
}
