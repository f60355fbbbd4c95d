import type { GroupColour } from '../../shared/model/canvasObjects';
import { groupMembers } from '../../shared/model/groupMembers';
import type { DocumentOp } from '../../shared/model/ops';
import { isPanelCollapsed, usePanelStore } from '../layout/panelStore';
import { EMPTY_SELECTION, useDocumentStore } from '../store/documentStore';
import { toast } from '../store/toastStore';

/** A frame's own actions (its context menu, the Edit and Select menus); each edit is one undo step. */

const docState = () => useDocumentStore.getState();

/** The frames among the selected objects, in selection order. */
function selectedGroups(): string[] {
  const { doc, selection } = docState();
  const groups = new Set(doc.groups.map((g) => g.id));
  return (selection.objects ?? []).filter((id) => groups.has(id));
}

/** Exactly one frame is selected (and nothing else): its id. */
export function singleSelectedGroup(): string | undefined {
  const { selection } = docState();
  const groups = selectedGroups();
  return groups.length === 1 && selection.nodes.length === 0 && (selection.objects?.length ?? 0) === 1 ? groups[0] : undefined;
}

export const hasGroupSelection = (): boolean => selectedGroups().length > 0;

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** "Rename group…": the inspector's Label field of the selected frame takes focus (the inspector opens if hidden). */
export function renameGroup(): void {
  if (singleSelectedGroup() === undefined) return;
  if (isPanelCollapsed('inspector')) usePanelStore.getState().toggle('inspector');
  // The inspector may only now be drawn.
  requestAnimationFrame(() => {
    const field = document.querySelector<HTMLInputElement>('[data-testid="group-inspector"] [data-field="group-label"]');
    field?.focus();
    field?.select();
  });
}

/** Selects what the frame holds: its nodes, and its notes and inner frames. */
export function selectGroupContents(): void {
  const id = singleSelectedGroup() ?? selectedGroups()[0];
  const { doc, setSelection } = docState();
  const group = doc.groups.find((g) => g.id === id);
  if (!group) return;
  const members = groupMembers(group, doc);
  setSelection({ nodes: members.nodes, edges: [], objects: [...members.groups, ...members.annotations] });
  if (members.nodes.length + members.groups.length + members.annotations.length === 0) toast('This group is empty.');
}

/** Removes the selected frames only; what they held stays where it is. */
export function ungroupSelection(): void {
  const groups = selectedGroups();
  if (groups.length === 0) return;
  docState().commit(
    groups.map((group): DocumentOp => ({ op: 'removeGroup', group })),
    { select: EMPTY_SELECTION },
  );
  toast(groups.length === 1 ? 'Removed the group; its contents stay.' : `Removed ${groups.length} groups; their contents stay.`);
}

/** Removes the selected frames with everything inside them: nodes (and their edges), notes, inner frames. */
export function deleteGroupWithContents(): void {
  const groups = selectedGroups();
  if (groups.length === 0) return;
  const { doc, commit } = docState();
  const nodes = new Set<string>();
  const annotations = new Set<string>();
  const frames = new Set(groups);
  for (const id of groups) {
    const group = doc.groups.find((g) => g.id === id)!;
    const members = groupMembers(group, doc);
    members.nodes.forEach((n) => nodes.add(n));
    members.annotations.forEach((a) => annotations.add(a));
    members.groups.forEach((g) => frames.add(g));
  }
  const ops: DocumentOp[] = [
    ...(nodes.size > 0 ? [{ op: 'removeElements' as const, nodes: [...nodes], edges: [] }] : []),
    ...[...annotations].map((annotation): DocumentOp => ({ op: 'removeAnnotation', annotation })),
    ...[...frames].map((group): DocumentOp => ({ op: 'removeGroup', group })),
  ];
  commit(ops, { select: EMPTY_SELECTION });
  toast(`Deleted ${plural(frames.size, 'group')} with ${plural(nodes.size, 'node')} and ${plural(annotations.size, 'note')}.`);
}

/** Recolours the selected frames. */
export function recolourSelectedGroups(colour: GroupColour): void {
  const groups = selectedGroups();
  if (groups.length === 0) return;
  docState().commit(groups.map((group): DocumentOp => ({ op: 'recolourGroup', group, colour })));
}

/** The colour of the one selected frame (menus show it checked). */
export function selectedGroupColour(): GroupColour | undefined {
  const id = singleSelectedGroup();
  return docState().doc.groups.find((g) => g.id === id)?.colour;
}
