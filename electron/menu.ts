import { app, Menu } from 'electron';
import type { DesktopMenuCommand } from '../shared/ipc/contract';
import { buildMenuTemplate } from './menuTemplate';

/** Installs the native menus (menuTemplate.ts); `send` delivers a command to the focused window. */
export function installMenu(actions: { send(command: DesktopMenuCommand): void; openExternal(url: string): void }): void {
  const template = buildMenuTemplate({ platform: process.platform, appName: app.name, isPackaged: app.isPackaged, actions });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
