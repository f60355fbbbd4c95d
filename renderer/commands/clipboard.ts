import { removeObjectsOps } from './canvasObjectActions';
import { extractFragment, droppedFragmentParams, type Fragment } from '../../shared/model/fragment';
import { useDocumentStore } from '../store/documentStore';
import { toast } from '../store/toastStore';
import { decodeFragment, encodeFragment } from './clipboardPayload';
import { pasteDroppedMessage } from './pasteReport';

/**
 * Copy and paste of nodes. Keyboard copy/paste go through the browser's copy/paste events (which
 * need no permission); menu items use the async Clipboard API. An in-memory copy is the fallback.
 */
let memory: Fragment | null = null;
let pasteCount = 0;

function selectionFragment(): Fragment | null {
  const { doc, selection } = useDocumentStore.getState();
  const objects = selection.objects ?? [];
  if (selection.nodes.length === 0 && objects.length === 0) return null;
  return extractFragment(doc, selection.nodes, objects);
}

function remember(fragment: Fragment): string {
  memory = fragment;
  pasteCount = 0;
  return encodeFragment(fragment);
}

/**
 * Pastes with fresh ids, each paste of the same fragment a step further. Params go through the same
 * check as a file's (the `insertFragment` op fits them); a toast names any value that was dropped.
 */
export function pasteFragment(fragment: Fragment): void {
  if (fragment !== memory) {
    memory = fragment;
    pasteCount = 0;
  }
  pasteCount += 1;
  const step = 32 * pasteCount;
  useDocumentStore.getState().commit([{ op: 'insertFragment', fragment, offset: { x: step, y: step } }], { select: 'created' });
  const dropped = pasteDroppedMessage(droppedFragmentParams(fragment));
  if (dropped) toast(dropped);
}

/** Handles a `copy`/`cut` event; returns true when it put nodes on the clipboard. */
export function onCopyEvent(event: ClipboardEvent, cut: boolean): boolean {
  const fragment = selectionFragment();
  if (!fragment || !event.clipboardData) return false;
  event.clipboardData.setData('text/plain', remember(fragment));
  event.preventDefault();
  if (cut) deleteFragmentNodes(fragment);
  return true;
}

/** Handles a `paste` event; returns true when it pasted nodes. */
export function onPasteEvent(event: ClipboardEvent): boolean {
  const text = event.clipboardData?.getData('text/plain') ?? '';
  let fragment = text ? decodeFragment(text) : memory;
  // Pasting what we copied ourselves keeps the memory object, so repeated pastes cascade.
  if (fragment && text && memory && encodeFragment(memory) === text) fragment = memory;
  if (!fragment) return false;
  event.preventDefault();
  pasteFragment(fragment);
  return true;
}

function deleteFragmentNodes(fragment: Fragment): void {
  const nodes = fragment.nodes.map((n) => n.id);
  const objects = removeObjectsOps([...(fragment.groups ?? []), ...(fragment.annotations ?? [])].map((o) => o.id));
  useDocumentStore.getState().commit([{ op: 'removeElements', nodes, edges: [] }, ...objects], { select: { nodes: [], edges: [] } });
}

/** Copy from a menu: the async Clipboard API, falling back to memory. */
export async function copySelection(cut = false): Promise<void> {
  const fragment = selectionFragment();
  if (!fragment) return;
  const text = remember(fragment);
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    // Memory keeps it for pasting inside Pipeboard.
  }
  if (cut) deleteFragmentNodes(fragment);
  toast(`${cut ? 'Cut' : 'Copied'} ${describeFragment(fragment)}.`);
}

/** Paste from a menu: the system clipboard if it holds a fragment, else memory. */
export async function pasteFromClipboard(): Promise<void> {
  let fragment: Fragment | null;
  try {
    const text = await navigator.clipboard.readText();
    fragment = decodeFragment(text);
    if (fragment && memory && encodeFragment(memory) === text) fragment = memory;
  } catch {
    fragment = null;
  }
  fragment ??= memory;
  if (!fragment) {
    toast('Nothing to paste: copy some nodes first.');
    return;
  }
  pasteFragment(fragment);
}

/** "2 nodes", "1 node and 1 note", "1 group"… */
function describeFragment(fragment: Fragment): string {
  const count = (n: number, one: string) => (n === 0 ? [] : [`${n} ${one}${n === 1 ? '' : 's'}`]);
  const parts = [...count(fragment.nodes.length, 'node'), ...count(fragment.groups?.length ?? 0, 'group'), ...count(fragment.annotations?.length ?? 0, 'note')];
  return parts.join(' and ') || 'nothing';
}
