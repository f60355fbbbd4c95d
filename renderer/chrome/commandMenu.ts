import { COMMANDS, isEnabled, runCommand, type CommandGroup } from '../commands/registry';
import type { CommandId } from '../../shared/commands/commandIds';
import { formatShortcut } from '../commands/shortcuts';
import type { MenuEntry } from './Menu';

/** Menu entries for a group of commands, labelled and enabled from the one command list. */
export function commandEntries(group: CommandGroup, ids?: readonly CommandId[]): MenuEntry[] {
  const list = COMMANDS.filter((c) => c.group === group && (!ids || ids.includes(c.id)));
  return list.map((command) => ({
    label: command.label,
    shortcut: command.shortcuts?.[0] ? formatShortcut(command.shortcuts[0]) : undefined,
    disabled: !isEnabled(command),
    ...(command.checked ? { checked: command.checked() } : {}),
    onSelect: () => runCommand(command.id),
  }));
}

export function commandEntry(id: CommandId): MenuEntry {
  const command = COMMANDS.find((c) => c.id === id);
  if (!command) throw new Error(`Unknown command ${id}`);
  return {
    label: command.label,
    shortcut: command.shortcuts?.[0] ? formatShortcut(command.shortcuts[0]) : undefined,
    disabled: !isEnabled(command),
    ...(command.checked ? { checked: command.checked() } : {}),
    onSelect: () => runCommand(command.id),
  };
}
