import { create } from 'zustand';
import type { LoadProblem } from '../../shared/format/problems';
import type { Recovery } from '../../shared/ipc/contract';

/** Modal dialogs are data: the store says which one is open, App renders it. */
export type Dialog =
  | {
      kind: 'confirm';
      title: string;
      message: string;
      confirmLabel: string;
      cancelLabel: string;
      danger?: boolean;
      /** A third answer between the two ("Save" before discarding): resolves with 'alternate'. */
      alternateLabel?: string;
      resolve(ok: boolean | 'alternate'): void;
    }
  | {
      kind: 'file';
      mode: 'open' | 'save';
      startPath: string;
      suggestedName: string;
      title?: string;
      /** Save: the ending a typed name gets (a design's `.pipeboard.json` unless given). */
      suffix?: string;
      /** The file endings listed (designs' `.json` unless given); folders are always listed. */
      showSuffixes?: readonly string[];
      resolve(path: string | null): void;
    }
  | { kind: 'export' }
  | { kind: 'loadError'; title: string; path?: string; problems: readonly LoadProblem[] }
  | { kind: 'message'; title: string; message: string };

interface DialogState {
  dialog: Dialog | null;
  recovery: Recovery | null;
  open(dialog: Dialog): void;
  close(): void;
  setRecovery(recovery: Recovery | null): void;
}

export const useDialogStore = create<DialogState>()((set) => ({
  dialog: null,
  recovery: null,
  open: (dialog) => set({ dialog }),
  close: () => set({ dialog: null }),
  setRecovery: (recovery) => set({ recovery }),
}));

interface ConfirmOptions {
  title: string;
  message: string;
  confirmLabel: string;
  cancelLabel?: string;
  danger?: boolean;
}

export function confirmDialog(options: ConfirmOptions): Promise<boolean> {
  return new Promise((resolve) => {
    useDialogStore.getState().open({
      kind: 'confirm',
      cancelLabel: 'Cancel',
      ...options,
      resolve: (ok) => {
        useDialogStore.getState().close();
        resolve(ok === true);
      },
    });
  });
}

/** A confirm with a third button (`alternateLabel`): 'confirm', 'alternate' or 'cancel'. */
export function chooseDialog(options: ConfirmOptions & { alternateLabel: string }): Promise<'confirm' | 'alternate' | 'cancel'> {
  return new Promise((resolve) => {
    useDialogStore.getState().open({
      kind: 'confirm',
      cancelLabel: 'Cancel',
      ...options,
      resolve: (answer) => {
        useDialogStore.getState().close();
        resolve(answer === 'alternate' ? 'alternate' : answer ? 'confirm' : 'cancel');
      },
    });
  });
}

export interface InAppPickOptions {
  title?: string;
  suffix?: string;
  showSuffixes?: readonly string[];
}

export function pickPathInApp(mode: 'open' | 'save', startPath: string, suggestedName = '', title?: string | InAppPickOptions): Promise<string | null> {
  const options: InAppPickOptions = typeof title === 'string' ? { title } : (title ?? {});
  return new Promise((resolve) => {
    useDialogStore.getState().open({
      kind: 'file',
      mode,
      startPath,
      suggestedName,
      ...(options.title ? { title: options.title } : {}),
      ...(options.suffix ? { suffix: options.suffix } : {}),
      ...(options.showSuffixes ? { showSuffixes: options.showSuffixes } : {}),
      resolve: (path) => {
        useDialogStore.getState().close();
        resolve(path);
      },
    });
  });
}

export function showMessage(title: string, message: string): void {
  useDialogStore.getState().open({ kind: 'message', title, message });
}
