import { deleteGroupWithContents, hasGroupSelection, renameGroup, selectGroupContents, singleSelectedGroup, ungroupSelection } from './groupActions';
import type { Command } from './registry';

/** Commands of a selected frame: its context menu lists them, the Edit and Select menus too. */

export const GROUP_EDIT_COMMANDS = [
  { id: 'edit.renameGroup', label: 'Rename group…', group: 'Edit', shortcuts: [{ key: 'f2' }], canvasOnly: true, enabled: () => singleSelectedGroup() !== undefined, run: renameGroup },
  { id: 'edit.ungroup', label: 'Ungroup (keep contents)', group: 'Edit', shortcuts: [{ key: 'g', mod: true, shift: true }], enabled: hasGroupSelection, run: ungroupSelection },
  { id: 'edit.deleteGroupWithContents', label: 'Delete group and contents', group: 'Edit', enabled: hasGroupSelection, run: deleteGroupWithContents },
] satisfies readonly Command[];

export const GROUP_SELECT_COMMAND = {
  id: 'select.groupContents',
  label: 'Select group contents',
  group: 'Select',
  enabled: () => singleSelectedGroup() !== undefined,
  run: selectGroupContents,
} satisfies Command;
