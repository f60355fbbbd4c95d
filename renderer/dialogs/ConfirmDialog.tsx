import type { Dialog } from '../store/dialogStore';
import { Modal } from './Modal';

export function ConfirmDialog({ dialog }: { dialog: Extract<Dialog, { kind: 'confirm' }> }) {
  return (
    <Modal title={dialog.title} description={<p>{dialog.message}</p>} onClose={() => dialog.resolve(false)} role="alertdialog" testId="confirm-dialog">
      <div className="modal__actions">
        <button type="button" className="button" onClick={() => dialog.resolve(false)} data-autofocus>
          {dialog.cancelLabel}
        </button>
        {dialog.alternateLabel && (
          <button type="button" className="button button--primary" onClick={() => dialog.resolve('alternate')}>
            {dialog.alternateLabel}
          </button>
        )}
        <button type="button" className={`button ${dialog.danger ? 'button--danger-solid' : dialog.alternateLabel ? '' : 'button--primary'}`} onClick={() => dialog.resolve(true)}>
          {dialog.confirmLabel}
        </button>
      </div>
    </Modal>
  );
}
