import type { CommandId } from '../../shared/commands/commandIds';
import { GROUP_COLOURS } from '../../shared/model/canvasObjects';
import { commandEntry } from '../chrome/commandMenu';
import type { MenuLine } from '../chrome/Menu';
import { recolourSelectedGroups, selectedGroupColour } from '../commands/groupActions';
import type { ContextTarget } from '../store/contextMenuStore';

/** The selected frame's colours, one checkable item each (not commands: one per colour). */
const GROUP_COLOUR_ITEMS = 'group-colours';

/** A context menu's contents: command ids in order, `'-'` for a separator, or the frame's colour items. */
export type ContextMenuSpec = readonly (CommandId | '-' | typeof GROUP_COLOUR_ITEMS)[];

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

/** The menus of a node, an edge, a group frame and the empty canvas. */
export const CONTEXT_MENUS: Readonly<Record<ContextTarget, ContextMenuSpec>> = {
  node: ['edit.cut', 'edit.copy', 'edit.paste', 'edit.duplicate', 'edit.delete', '-', 'edit.connect', 'edit.changeService', '-', ...ALIGN, '-', 'view.find'],
  edge: ['edit.delete', '-', 'select.none', '-', 'view.edgeStyle'],
  group: ['edit.renameGroup', 'select.groupContents', '-', GROUP_COLOUR_ITEMS, '-', 'edit.copy', 'edit.duplicate', '-', 'edit.ungroup', 'edit.deleteGroupWithContents'],
  canvas: ['edit.addNodeHere', 'edit.paste', 'select.all', '-', 'view.layout', 'view.fit', 'view.edgeStyle', 'view.snap', 'view.minimap', '-', 'view.find'],
};

function groupColourLines(): MenuLine[] {
  const current = selectedGroupColour();
  return [
    { kind: 'heading', label: 'Colour' },
    ...GROUP_COLOURS.map((colour) => ({
      label: colour[0]!.toUpperCase() + colour.slice(1),
      checked: current === colour,
      onSelect: () => recolourSelectedGroups(colour),
    })),
  ];
}

/** Menu lines for a spec, labelled and enabled from the command registry, without doubled separators. */
export function contextMenuLines(spec: ContextMenuSpec): MenuLine[] {
  const lines: MenuLine[] = [];
  for (const entry of spec) {
    if (entry === GROUP_COLOUR_ITEMS) lines.push(...groupColourLines());
    else if (entry !== '-') lines.push(commandEntry(entry));
    else if (lines.length > 0 && lines[lines.length - 1]!.kind !== 'separator') lines.push({ kind: 'separator' });
  }
  if (lines[lines.length - 1]?.kind === 'separator') lines.pop();
  return lines;
}
