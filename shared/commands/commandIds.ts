/**
 * The id of every user command, in the renderer registry's order. Data only, so the renderer (whose
 * registry must define exactly these), the native menu and the IPC contract all share one list.
 */
export const COMMAND_IDS = [
  'file.new',
  'file.open',
  'file.save',
  'file.saveAs',
  'file.export',
  'file.compare',
  'file.compareSaved',
  'edit.undo',
  'edit.redo',
  'edit.cut',
  'edit.copy',
  'edit.paste',
  'edit.duplicate',
  'edit.delete',
  'edit.connect',
  'edit.addGroup',
  'edit.addNote',
  'edit.addSticky',
  'select.all',
  'select.none',
  'select.next',
  'select.previous',
  'select.addNext',
  'select.addPrevious',
  'view.layout',
  'view.fit',
  'view.zoomIn',
  'view.zoomOut',
  'view.snap',
  'view.minimap',
  'view.theme',
  'view.shortcuts',
  'view.editor',
  'view.practice',
  'view.compare',
] as const;

export type CommandId = (typeof COMMAND_IDS)[number];

/** The commands the desktop app's native menu sends to the renderer, in menu order. */
export const DESKTOP_MENU_COMMANDS = [
  'file.new',
  'file.open',
  'file.save',
  'file.saveAs',
  'file.export',
  'file.compare',
  'file.compareSaved',
  'edit.undo',
  'edit.redo',
  'edit.duplicate',
  'edit.delete',
  'edit.addGroup',
  'edit.addNote',
  'edit.addSticky',
  'select.all',
  'select.none',
  'view.layout',
  'view.fit',
  'view.zoomIn',
  'view.zoomOut',
  'view.snap',
  'view.minimap',
  'view.theme',
  'view.shortcuts',
  'view.editor',
  'view.practice',
  'view.compare',
] as const satisfies readonly CommandId[];

/** A command id the native menu sends over IPC (see `DesktopExtras.onMenuCommand`). */
export type DesktopMenuCommand = (typeof DESKTOP_MENU_COMMANDS)[number];
