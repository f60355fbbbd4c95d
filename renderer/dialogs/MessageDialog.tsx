import { useDialogStore, type Dialog } from '../store/dialogStore';
import { Modal } from './Modal';

export function MessageDialog({ dialog }: { dialog: Extract<Dialog, { kind: 'message' }> }) {
  const close = () => useDialogStore.getState().close();
  return (
    <Modal title={dialog.title} description={<p>{dialog.message}</p>} onClose={close} role="alertdialog" testId="message-dialog">
      <div className="modal__actions">
        <button type="button" className="button button--primary" onClick={close}>
          OK
        </button>
      </div>
    </Modal>
  );
}
