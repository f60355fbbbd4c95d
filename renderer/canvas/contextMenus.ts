import type { CommandId } from '../../shared/commands/commandIds';
import { commandEntry } from '../chrome/commandMenu';
import type { MenuLine } from '../chrome/Menu';
import type { ContextTarget } from '../store/contextMenuStore';

/** A context menu's contents: command ids in order, `'-'` for a separator. */
export type ContextMenuSpec = readonly (CommandId | '-')[];

const ALIGN: ContextMenuSpec = [
  'arrange.alignLeft',
  'arrange.alignCenter',
  'arrange.alignRight',
  'arrange.alignTop',
  'arrange.alignMiddle',
  'arrange.alignBottom',
  'arrange.distributeHorizontally',
  'arrange.distributeVertically',
];

/** The menus of a node, an edge and the empty canvas (a group's menu is one more list). */
export const CONTEXT_MENUS: Readonly<Record<ContextTarget, ContextMenuSpec>> = {
  node: ['edit.cut', 'edit.copy', 'edit.paste', 'edit.duplicate', 'edit.delete', '-', 'edit.connect', 'edit.changeService', '-', ...ALIGN, '-', 'view.find'],
  edge: ['edit.delete', '-', 'select.none', '-', 'view.edgeStyle'],
  canvas: ['edit.addNodeHere', 'edit.paste', 'select.all', '-', 'view.layout', 'view.fit', 'view.edgeStyle', 'view.snap', 'view.minimap', '-', 'view.find'],
};

/** Menu lines for a spec, labelled and enabled from the command registry, without doubled separators. */
export function contextMenuLines(spec: ContextMenuSpec): MenuLine[] {
  const lines: MenuLine[] = [];
  for (const entry of spec) {
    if (entry !== '-') lines.push(commandEntry(entry));
    else if (lines.length > 0 && lines[lines.length - 1]!.kind !== 'separator') lines.push({ kind: 'separator' });
  }
  if (lines[lines.length - 1]?.kind === 'separator') lines.pop();
  return lines;
}
