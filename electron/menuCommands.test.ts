import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../renderer/commands/registry';
import { DESKTOP_MENU_COMMANDS } from './desktopChannels';

describe('native menu commands', () => {
  it('each name a command the renderer runs (menus and shortcuts share one list)', () => {
    const ids = new Set(COMMANDS.map((command) => command.id));
    for (const id of DESKTOP_MENU_COMMANDS) expect(ids.has(id), id).toBe(true);
  });

  it('include Export, Compare and the three screens', () => {
    expect(DESKTOP_MENU_COMMANDS).toEqual(expect.arrayContaining(['file.export', 'file.compare', 'file.compareSaved', 'view.editor', 'view.practice', 'view.compare']));
  });
});
