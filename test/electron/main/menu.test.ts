import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { appMenuTemplate, installAppMenu } from '../../../electron/main/menu';
import { createFakeElectron } from '../../__mocks__/electron';

vi.mock('electron', () => import('../../__mocks__/electron'));

const roles = (items: MenuItemConstructorOptions[]) => items.map((item) => item.role ?? item.type ?? item.label);
const submenuOf = (items: MenuItemConstructorOptions[], role: string) =>
  (items.find((item) => item.role === role)?.submenu ?? []) as MenuItemConstructorOptions[];

describe('appMenuTemplate', () => {
  const base = { platform: 'linux' as const, isPackaged: true, onAbout: () => {}, onCommand: () => {} };

  it('has the standard top-level menus, with the app menu only on macOS', () => {
    expect(roles(appMenuTemplate(base))).toEqual(['fileMenu', 'editMenu', 'Canvas', 'viewMenu', 'windowMenu', 'help']);
    expect(roles(appMenuTemplate({ ...base, platform: 'darwin' }))).toEqual([
      'appMenu',
      'fileMenu',
      'editMenu',
      'Canvas',
      'viewMenu',
      'windowMenu',
      'help',
    ]);
  });

  it('offers the edit commands, with undo, redo and select all handed to the page', () => {
    expect(roles(submenuOf(appMenuTemplate(base), 'editMenu'))).toEqual([
      'Undo',
      'Redo',
      'separator',
      'cut',
      'copy',
      'paste',
      'Duplicate',
      'Delete',
      'Select All',
    ]);
  });

  it('sends each command item to the page as its action', () => {
    const onCommand = vi.fn();
    const template = appMenuTemplate({ ...base, onCommand });
    const canvas = (template.find((item) => item.label === 'Canvas')!.submenu ?? []) as MenuItemConstructorOptions[];
    const items = [...submenuOf(template, 'editMenu'), ...canvas].filter((item) => item.click);
    for (const item of items) (item.click as () => void)();
    expect(onCommand.mock.calls.map(([command]) => command)).toEqual([
      'undo',
      'redo',
      'duplicate',
      'delete',
      'selectAll',
      'tidyLeftToRight',
      'tidyTopToBottom',
      'addNote',
      'fitView',
      'showShortcuts',
    ]);
  });

  it('leaves single-key shortcuts to the page so typing is never intercepted', () => {
    const canvas = (appMenuTemplate(base).find((item) => item.label === 'Canvas')!.submenu ??
      []) as MenuItemConstructorOptions[];
    for (const item of canvas.filter((i) => i.accelerator)) expect(item.registerAccelerator, item.label).toBe(false);
  });

  it('hides reload and DevTools in a packaged app', () => {
    expect(roles(submenuOf(appMenuTemplate(base), 'viewMenu'))).toEqual([
      'resetZoom',
      'zoomIn',
      'zoomOut',
      'separator',
      'togglefullscreen',
    ]);
  });

  it('offers reload and DevTools during development', () => {
    const view = roles(submenuOf(appMenuTemplate({ ...base, isPackaged: false }), 'viewMenu'));
    expect(view).toEqual(
      expect.arrayContaining(['reload', 'toggleDevTools', 'resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']),
    );
  });

  it('has an About item in Help that calls back', () => {
    const onAbout = vi.fn();
    const about = submenuOf(appMenuTemplate({ ...base, onAbout }), 'help').find(
      (item) => item.label === 'About Journey Studio',
    );
    expect(about).toBeDefined();
    (about!.click as () => void)();
    expect(onAbout).toHaveBeenCalledTimes(1);
  });
});

describe('installAppMenu', () => {
  it('builds the template and makes it the application menu', () => {
    const { Menu } = createFakeElectron();
    installAppMenu(Menu as never, { platform: 'win32', isPackaged: true, onAbout: () => {}, onCommand: () => {} });
    expect(Menu.buildFromTemplate).toHaveBeenCalledTimes(1);
    expect(Menu.setApplicationMenu).toHaveBeenCalledWith(Menu.buildFromTemplate.mock.results[0]!.value);
  });
});
