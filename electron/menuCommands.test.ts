import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../renderer/commands/registry';
import { COMMAND_IDS, DESKTOP_MENU_COMMANDS, type CommandId } from '../shared/commands/commandIds';
import { isDesktopMenuCommand } from './desktopChannels';
import { buildMenuTemplate } from './menuTemplate';

/** The command ids the native menu actually sends when each item is clicked, on every platform. */
function sentByMenus(): CommandId[] {
  const sent: CommandId[] = [];
  for (const platform of ['linux', 'darwin', 'win32'] as const) {
    const template = buildMenuTemplate({ platform, appName: 'Pipeboard', isPackaged: false, actions: { send: (id) => sent.push(id), openExternal: () => {} } });
    for (const menu of template) for (const item of Array.isArray(menu.submenu) ? menu.submenu : []) if (item.id) (item.click as () => void)();
  }
  return sent;
}

describe('native menu commands', () => {
  it('each name a command the renderer runs (menus and shortcuts share one list)', () => {
    const ids = new Set(COMMANDS.map((command) => command.id));
    const sent = sentByMenus();
    expect(sent.length).toBeGreaterThan(0);
    for (const id of [...DESKTOP_MENU_COMMANDS, ...sent]) expect(ids.has(id), id).toBe(true);
    for (const id of sent) expect(isDesktopMenuCommand(id), id).toBe(true);
  });

  it('the renderer registry defines exactly the shared command ids, in their order', () => {
    expect(COMMANDS.map((command) => command.id)).toEqual([...COMMAND_IDS]);
  });

  it('include Export, Compare and the three screens', () => {
    expect(DESKTOP_MENU_COMMANDS).toEqual(expect.arrayContaining(['file.export', 'file.compare', 'file.compareSaved', 'view.editor', 'view.practice', 'view.compare']));
  });
});
