import type { MenuItemConstructorOptions } from 'electron';
import type { DesktopMenuCommand } from '../shared/ipc/contract';
import { HELP_LINKS } from './externalUrls';

/**
 * The native menus (File, Edit, View, Help, and the macOS app menu) as plain data, so they are tested
 * without Electron. Design commands go to the renderer by id (`send`), where the same ids drive the
 * in-window menus and keyboard shortcuts.
 *
 * Keyboard: the renderer already handles its shortcuts, so on Windows and Linux the menu only shows
 * them (`registerAccelerator: false`) and a key is never handled twice. macOS always registers menu
 * shortcuts but gives the page the key first; the menu only sees keys the page left alone, so there
 * a shortcut without Cmd (Shift+L, Delete, =) is not put in the menu at all: typing it in a text
 * field must not change the design.
 */
interface MenuActions {
  send(command: DesktopMenuCommand): void;
  openExternal(url: string): void;
}

export interface MenuOptions {
  platform: NodeJS.Platform;
  appName: string;
  /** Development builds get Reload and Developer Tools in the View menu. */
  isPackaged: boolean;
  actions: MenuActions;
}

type Item = MenuItemConstructorOptions;

const separator: Item = { type: 'separator' };

export function buildMenuTemplate(options: MenuOptions): Item[] {
  const { platform, actions } = options;
  const mac = platform === 'darwin';

  /** A menu item that sends a design command; its shortcut is the renderer's. */
  const command = (label: string, id: DesktopMenuCommand, accelerator?: string): Item => {
    const item: Item = { label, id, click: () => actions.send(id) };
    if (accelerator === undefined) return item;
    if (mac) return accelerator.includes('CmdOrCtrl') ? { ...item, accelerator } : item;
    return { ...item, accelerator, registerAccelerator: false };
  };
  // "&File": Alt+F opens the menu on Windows and Linux; macOS menus have no mnemonics.
  const top = (label: string): string => (mac ? label.replace('&', '') : label);
  const link = (label: string, url: string): Item => ({ label, click: () => actions.openExternal(url) });

  const appMenu: Item = {
    label: options.appName,
    submenu: [
      { role: 'about' },
      separator,
      { role: 'services' },
      separator,
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      separator,
      { role: 'quit' },
    ],
  };

  const fileMenu: Item = {
    label: top('&File'),
    submenu: [
      command('New', 'file.new', 'CmdOrCtrl+N'),
      command('Open…', 'file.open', 'CmdOrCtrl+O'),
      separator,
      command('Save', 'file.save', 'CmdOrCtrl+S'),
      command('Save As…', 'file.saveAs', 'CmdOrCtrl+Shift+S'),
      command('Export…', 'file.export', 'CmdOrCtrl+E'),
      separator,
      command('Compare…', 'file.compare'),
      command('Compare with Saved Version', 'file.compareSaved'),
      separator,
      { role: 'close' },
      ...(mac ? [] : [separator, { role: 'quit' } as Item]),
    ],
  };

  const editMenu: Item = {
    label: top('&Edit'),
    submenu: [
      command('Undo', 'edit.undo', 'CmdOrCtrl+Z'),
      command('Redo', 'edit.redo', mac ? 'CmdOrCtrl+Shift+Z' : 'CmdOrCtrl+Y'),
      separator,
      // Native roles: in a text field they edit the text; on the canvas the page's copy/cut/paste
      // events carry the selected nodes.
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      separator,
      command('Duplicate', 'edit.duplicate', 'CmdOrCtrl+D'),
      command('Delete', 'edit.delete', 'Delete'),
      separator,
      command('Add Group', 'edit.addGroup', 'G'),
      command('Rename Group…', 'edit.renameGroup'),
      command('Ungroup', 'edit.ungroup', 'CmdOrCtrl+Shift+G'),
      command('Delete Group and Contents', 'edit.deleteGroupWithContents'),
      command('Add Text', 'edit.addNote', 'T'),
      command('Add Sticky Note', 'edit.addSticky', 'N'),
      separator,
      command('Select All', 'select.all', 'CmdOrCtrl+A'),
      command('Select None', 'select.none', 'Escape'),
      command('Select Group Contents', 'select.groupContents'),
      separator,
      {
        label: 'Arrange',
        submenu: [
          command('Align Left', 'arrange.alignLeft', 'Alt+Shift+L'),
          command('Align Centre', 'arrange.alignCenter', 'Alt+Shift+C'),
          command('Align Right', 'arrange.alignRight', 'Alt+Shift+R'),
          command('Align Top', 'arrange.alignTop', 'Alt+Shift+T'),
          command('Align Middle', 'arrange.alignMiddle', 'Alt+Shift+M'),
          command('Align Bottom', 'arrange.alignBottom', 'Alt+Shift+B'),
          separator,
          command('Distribute Horizontally', 'arrange.distributeHorizontally', 'Alt+Shift+H'),
          command('Distribute Vertically', 'arrange.distributeVertically', 'Alt+Shift+V'),
        ],
      },
    ],
  };

  const developerItems: Item[] = options.isPackaged ? [] : [separator, { role: 'reload' }, { role: 'toggleDevTools' }];
  const viewMenu: Item = {
    label: top('&View'),
    submenu: [
      command('Auto-layout', 'view.layout', 'Shift+L'),
      command('Fit View', 'view.fit', 'Shift+1'),
      command('Zoom In', 'view.zoomIn', '='),
      command('Zoom Out', 'view.zoomOut', '-'),
      command('Zoom to 100%', 'view.zoomReset', '0'),
      command('Find on Canvas…', 'view.find', 'CmdOrCtrl+F'),
      separator,
      command('Snap to Grid', 'view.snap', 'Shift+G'),
      command('Show Minimap', 'view.minimap', 'Shift+M'),
      command('Orthogonal Edges', 'view.edgeStyle', 'Shift+E'),
      command('Show Palette', 'view.palette'),
      command('Show Inspector', 'view.inspector'),
      command('Show Analysis Panel', 'view.analysis'),
      command('Toggle Theme', 'view.theme', 'Shift+T'),
      separator,
      command('Start Page', 'view.start'),
      command('Design Editor', 'view.editor'),
      command('Practice', 'view.practice'),
      command('Compare Designs', 'view.compare'),
      separator,
      { role: 'togglefullscreen' },
      ...developerItems,
    ],
  };

  const helpMenu: Item = {
    role: 'help',
    label: top('&Help'),
    submenu: [
      command('Keyboard Shortcuts', 'view.shortcuts', '?'),
      separator,
      link('AWS Pricing', HELP_LINKS.awsPricing),
      link('Amazon SageMaker Pricing', HELP_LINKS.sageMakerPricing),
      link('AWS Pricing Calculator', HELP_LINKS.pricingCalculator),
      link('Amazon SageMaker Documentation', HELP_LINKS.mlDocs),
      ...(mac ? [] : [separator, { role: 'about' } as Item]),
    ],
  };

  return [...(mac ? [appMenu] : []), fileMenu, editMenu, viewMenu, helpMenu];
}
