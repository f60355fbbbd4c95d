import { useEffect } from 'react';
import { useDialogStore } from '../store/dialogStore';
import { useContextMenuStore } from '../store/contextMenuStore';
import { useDocumentStore } from '../store/documentStore';
import { GRID_SIZE, useUiStore } from '../store/uiStore';
import { onCopyEvent, onPasteEvent } from './clipboard';
import { nudgeSelection } from './editActions';
import { useViewStore } from '../store/viewStore';
import { COMMANDS, isEditorOnly, isEnabled } from './registry';
import { matches } from './shortcuts';

const TEXT_INPUT_TYPES = new Set(['text', 'search', 'email', 'number', 'password', 'url', 'tel', '']);

function isEditableTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) return TEXT_INPUT_TYPES.has(target.type);
  return false;
}

/** Arrow keys and Escape act on nodes only where they have no other job: the canvas or nothing focused. */
function onCanvas(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement) || target === document.body) return true;
  return !!target.closest('.canvas') && !target.closest('.react-flow__controls, .react-flow__minimap');
}

const ARROWS: Record<string, [number, number]> = {
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
};

function modalOpen(): boolean {
  return useDialogStore.getState().dialog !== null || useUiStore.getState().shortcutsOpen || useContextMenuStore.getState().menu !== null;
}

function onKeyDown(event: KeyboardEvent): void {
  if (event.defaultPrevented || event.isComposing || modalOpen()) return;
  const editable = isEditableTarget(event.target);
  const editorShown = useViewStore.getState().view === 'editor';
  for (const command of COMMANDS) {
    if (!command.shortcuts?.some((s) => matches(s, event))) continue;
    // Outside the editor, canvas keys keep their ordinary meaning (Ctrl+A selects text, arrows scroll).
    if (!editorShown && isEditorOnly(command)) return;
    if (editable && !command.global) return;
    if (command.canvasOnly && !onCanvas(event.target)) return;
    if (command.nativeClipboard) return; // the copy/cut/paste event follows
    event.preventDefault();
    event.stopPropagation();
    if (isEnabled(command)) void command.run();
    return;
  }
  const arrow = ARROWS[event.key];
  if (arrow && editorShown && !editable && !event.ctrlKey && !event.metaKey && !event.altKey && onCanvas(event.target)) {
    const { selection } = useDocumentStore.getState();
    if (selection.nodes.length === 0 && (selection.objects?.length ?? 0) === 0) return;
    const step = (useUiStore.getState().snapToGrid ? GRID_SIZE : 1) * (event.shiftKey ? 10 : 1);
    event.preventDefault();
    event.stopPropagation();
    nudgeSelection(arrow[0] * step, arrow[1] * step);
  }
}

const editorHidden = (): boolean => useViewStore.getState().view !== 'editor';

function onCopy(event: ClipboardEvent, cut: boolean): void {
  if (isEditableTarget(event.target) || modalOpen() || editorHidden()) return;
  if (window.getSelection()?.toString()) return; // the user is copying text on the page
  onCopyEvent(event, cut);
}

function onPaste(event: ClipboardEvent): void {
  if (isEditableTarget(event.target) || modalOpen() || editorHidden()) return;
  onPasteEvent(event);
}

/** Installs the keyboard shortcuts and the clipboard handlers for the whole window. */
export function useKeyboard(): void {
  useEffect(() => {
    const copy = (e: ClipboardEvent) => onCopy(e, false);
    const cut = (e: ClipboardEvent) => onCopy(e, true);
    // Capture phase: runs before React Flow's own key handling on nodes.
    window.addEventListener('keydown', onKeyDown, true);
    document.addEventListener('copy', copy);
    document.addEventListener('cut', cut);
    document.addEventListener('paste', onPaste);
    return () => {
      window.removeEventListener('keydown', onKeyDown, true);
      document.removeEventListener('copy', copy);
      document.removeEventListener('cut', cut);
      document.removeEventListener('paste', onPaste);
    };
  }, []);
}
