import { describe, expect, expectTypeOf, it } from 'vitest';
import { COMMAND_IDS, DESKTOP_MENU_COMMANDS, type CommandId, type DesktopMenuCommand } from './commandIds';

/* Compile-time checks, run by `tsc -p tsconfig.json`: each `@ts-expect-error` line must be a type error. */

describe('command ids', () => {
  it('are unique, and the native menu sends only command ids', () => {
    expect(new Set(COMMAND_IDS).size).toBe(COMMAND_IDS.length);
    for (const id of DESKTOP_MENU_COMMANDS) expect(COMMAND_IDS, id).toContain(id);
    expectTypeOf<DesktopMenuCommand>().toExtend<CommandId>();
  });

  it('reject a misspelt id', () => {
    // @ts-expect-error misspelt command id
    const misspelt: CommandId = 'file.sav';
    // @ts-expect-error a command the native menu does not send
    const notInMenu: DesktopMenuCommand = 'select.next';
    expect([misspelt, notInMenu]).toHaveLength(2);
  });
});
