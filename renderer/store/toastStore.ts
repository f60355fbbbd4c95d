import { create } from 'zustand';

export interface Toast {
  id: number;
  message: string;
  tone: 'info' | 'error' | 'success';
}

interface ToastState {
  toasts: Toast[];
  show(message: string, tone?: Toast['tone']): void;
  dismiss(id: number): void;
}

let nextId = 1;
const LIFETIME_MS = 4500;

export const useToastStore = create<ToastState>()((set, get) => ({
  toasts: [],
  show(message, tone = 'info') {
    const id = nextId++;
    // Keep at most two; an identical message replaces the older one.
    const rest = get().toasts.filter((t) => t.message !== message).slice(-1);
    set({ toasts: [...rest, { id, message, tone }] });
    setTimeout(() => get().dismiss(id), LIFETIME_MS);
  },
  dismiss(id) {
    set({ toasts: get().toasts.filter((t) => t.id !== id) });
  },
}));

export function toast(message: string, tone: Toast['tone'] = 'info'): void {
  useToastStore.getState().show(message, tone);
}
