import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { appMenuTemplate, installAppMenu } from '../../../electron/main/menu';
import { createFakeElectron } from '../../__mocks__/electron';

vi.mock('electron', () => import('../../__mocks__/electron'));

const roles = (items: MenuItemConstructorOptions[]) => items.map((item) => item.role ?? item.type ?? item.label);
const submenuOf = (items: MenuItemConstructorOptions[], role: string) =>
  (items.find((item) => item.role === role)?.submenu ?? []) as MenuItemConstructorOptions[];

describe('appMenuTemplate', () => {
  const base = { platform: 'linux' as const, isPackaged: true, onAbout: () => {} };

  it('has the standard top-level menus, with the app menu only on macOS', () => {
    expect(roles(appMenuTemplate(base))).toEqual(['fileMenu', 'editMenu', 'viewMenu', 'windowMenu', 'help']);
    expect(roles(appMenuTemplate({ ...base, platform: 'darwin' }))).toEqual(['appMenu', 'fileMenu', 'editMenu', 'viewMenu', 'windowMenu', 'help']);
  });

  it('offers the standard edit commands', () => {
    expect(roles(submenuOf(appMenuTemplate(base), 'editMenu'))).toEqual(['undo', 'redo', 'separator', 'cut', 'copy', 'paste', 'selectAll']);
  });

  it('hides reload and DevTools in a packaged app', () => {
    expect(roles(submenuOf(appMenuTemplate(base), 'viewMenu'))).toEqual(['resetZoom', 'zoomIn', 'zoomOut', 'separator', 'togglefullscreen']);
  });

  it('offers reload and DevTools during development', () => {
    const view = roles(submenuOf(appMenuTemplate({ ...base, isPackaged: false }), 'viewMenu'));
    expect(view).toEqual(expect.arrayContaining(['reload', 'toggleDevTools', 'resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']));
  });

  it('has an About item in Help that calls back', () => {
    const onAbout = vi.fn();
    const about = submenuOf(appMenuTemplate({ ...base, onAbout }), 'help').find((item) => item.label === 'About Journey Studio');
    expect(about).toBeDefined();
    (about!.click as () => void)();
    expect(onAbout).toHaveBeenCalledTimes(1);
  });
});

describe('installAppMenu', () => {
  it('builds the template and makes it the application menu', () => {
    const { Menu } = createFakeElectron();
    installAppMenu(Menu as never, { platform: 'win32', isPackaged: true, onAbout: () => {} });
    expect(Menu.buildFromTemplate).toHaveBeenCalledTimes(1);
    expect(Menu.setApplicationMenu).toHaveBeenCalledWith(Menu.buildFromTemplate.mock.results[0]!.value);
  });
});
