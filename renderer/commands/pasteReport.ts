import type { DroppedFragmentParam } from '../../shared/model/fragment';

/** How a dropped value reads in a sentence: "Click stream shards (-5)", or just the key when the service has no such parameter. */
function droppedName(drop: DroppedFragmentParam): string {
  if (!drop.spec) return drop.key;
  const value = typeof drop.value === 'string' ? JSON.stringify(drop.value) : String(drop.value);
  return `${drop.nodeLabel} ${lowerFirst(drop.spec.label)} (${value})`;
}

/** "Shards" → "shards", but "DPUs" stays "DPUs". */
function lowerFirst(text: string): string {
  return /^[A-Z][A-Z]/.test(text) ? text : text.charAt(0).toLowerCase() + text.slice(1);
}

/** The toast after a paste that had to drop values, e.g. "Pasted with 2 values dropped: Click stream shards (-5), bogus". */
export function pasteDroppedMessage(dropped: readonly DroppedFragmentParam[]): string | undefined {
  if (dropped.length === 0) return undefined;
  const count = dropped.length === 1 ? '1 value' : `${dropped.length} values`;
  return `Pasted with ${count} dropped: ${dropped.map(droppedName).join(', ')}`;
}
