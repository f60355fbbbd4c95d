import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import type { DesktopMenuCommand } from '../shared/ipc/contract';
import { DESKTOP_MENU_COMMANDS } from '../shared/commands/commandIds';
import { isAllowedExternalUrl } from './externalUrls';
import { buildMenuTemplate } from './menuTemplate';

type Item = MenuItemConstructorOptions;

function build(platform: NodeJS.Platform, isPackaged = true) {
  const sent: DesktopMenuCommand[] = [];
  const opened: string[] = [];
  const template = buildMenuTemplate({
    platform,
    appName: 'Pipeboard',
    isPackaged,
    actions: { send: (command) => sent.push(command), openExternal: (url) => opened.push(url) },
  });
  return { template, sent, opened };
}

function flatten(items: readonly Item[]): Item[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

const click = (item: Item) => (item.click as unknown as () => void)();
const byLabel = (items: readonly Item[], label: string) => flatten(items).find((item) => item.label === label);

describe('native menus', () => {
  it('has File, Edit, View and Help, plus the app menu first on macOS', () => {
    expect(build('linux').template.map((item) => item.label)).toEqual(['&File', '&Edit', '&View', '&Help']);
    expect(build('win32').template.map((item) => item.label)).toEqual(['&File', '&Edit', '&View', '&Help']);
    const mac = build('darwin').template;
    expect(mac.map((item) => item.label)).toEqual(['Pipeboard', 'File', 'Edit', 'View', 'Help']);
    expect(flatten([mac[0] as Item]).map((item) => item.role).filter(Boolean)).toEqual(['about', 'services', 'hide', 'hideOthers', 'unhide', 'quit']);
  });

  it('sends every desktop command id, each from exactly one item, and nothing else', () => {
    for (const platform of ['linux', 'darwin', 'win32'] as const) {
      const { template, sent } = build(platform);
      for (const item of flatten(template)) if (item.id) click(item);
      expect([...sent].sort(), platform).toEqual([...DESKTOP_MENU_COMMANDS].sort());
    }
  });

  it('uses the usual accelerators', () => {
    const { template } = build('linux');
    const accelerator = (label: string) => byLabel(template, label)?.accelerator;
    expect(accelerator('New')).toBe('CmdOrCtrl+N');
    expect(accelerator('Open…')).toBe('CmdOrCtrl+O');
    expect(accelerator('Save')).toBe('CmdOrCtrl+S');
    expect(accelerator('Save As…')).toBe('CmdOrCtrl+Shift+S');
    expect(accelerator('Export…')).toBe('CmdOrCtrl+E');
    expect(accelerator('Undo')).toBe('CmdOrCtrl+Z');
    expect(accelerator('Redo')).toBe('CmdOrCtrl+Y');
    expect(byLabel(build('darwin').template, 'Redo')?.accelerator).toBe('CmdOrCtrl+Shift+Z');
    const roles = flatten(template).map((item) => item.role);
    for (const role of ['cut', 'copy', 'paste', 'close', 'quit', 'togglefullscreen']) expect(roles).toContain(role);
  });

  it('puts Export and Compare in File, and the screens in View', () => {
    const { template, sent } = build('linux');
    const labels = (menu: string) => ((template.find((item) => item.label === menu)?.submenu as Item[]) ?? []).map((item) => item.label ?? item.role ?? item.type);
    expect(labels('&File')).toEqual(expect.arrayContaining(['Export…', 'Compare…', 'Compare with Saved Version']));
    expect(labels('&View')).toEqual(expect.arrayContaining(['Design Editor', 'Practice', 'Compare Designs']));
    for (const label of ['Export…', 'Compare…', 'Practice']) click(byLabel(template, label) as Item);
    expect(sent).toEqual(['file.export', 'file.compare', 'view.practice']);
  });

  it('on Windows and Linux only shows the shortcuts the page already handles', () => {
    const commands = flatten(build('linux').template).filter((item) => item.id && item.accelerator);
    expect(commands.length).toBeGreaterThan(10);
    for (const item of commands) expect(item.registerAccelerator, item.label).toBe(false);
  });

  it('on macOS puts no shortcut without Cmd in the menu (typing must not run commands)', () => {
    const items = flatten(build('darwin').template).filter((item) => item.id);
    for (const item of items) {
      if (item.accelerator !== undefined) expect(String(item.accelerator), item.label).toContain('CmdOrCtrl');
    }
    expect(byLabel(build('darwin').template, 'Delete')?.accelerator).toBeUndefined();
    expect(byLabel(build('darwin').template, 'Auto-layout')?.accelerator).toBeUndefined();
  });

  it('offers Reload and Developer Tools only in development builds', () => {
    const roles = (isPackaged: boolean) => flatten(build('linux', isPackaged).template).map((item) => item.role);
    expect(roles(true)).not.toContain('toggleDevTools');
    expect(roles(true)).not.toContain('reload');
    expect(roles(false)).toContain('toggleDevTools');
  });

  it('Help links open allow-listed pages in the browser', () => {
    const { template, opened } = build('linux');
    const help = template.find((item) => item.role === 'help');
    const links = flatten((help?.submenu as Item[]) ?? []).filter((item) => item.click && !item.id);
    expect(links.length).toBeGreaterThanOrEqual(3);
    for (const link of links) click(link);
    expect(opened).toHaveLength(links.length);
    for (const url of opened) expect(isAllowedExternalUrl(url), url).toBe(true);
  });
});
