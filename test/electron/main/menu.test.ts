import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { appMenuTemplate, installAppMenu, toAccelerator } from '../../../electron/main/menu';
import { EDITOR_ACTIONS, type EditorActionId } from '../../../shared/editor/actions';
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
      'Select all',
    ]);
  });

  it('takes the label and accelerator of each command item from the editor action registry', () => {
    const sent: EditorActionId[] = [];
    const template = appMenuTemplate({ ...base, onCommand: (id) => sent.push(id) });
    const canvas = (template.find((item) => item.label === 'Canvas')!.submenu ?? []) as MenuItemConstructorOptions[];
    const items = [...submenuOf(template, 'editMenu'), ...canvas].filter((item) => item.click);
    expect(items.length).toBe(10);
    for (const item of items) {
      (item.click as () => void)();
      const id = sent.at(-1)!;
      const { label, shortcuts } = EDITOR_ACTIONS[id];
      expect(item.label, id).toBe(label);
      // The registry writes "Mod" for Ctrl or ⌘; Electron calls that CmdOrCtrl.
      expect(item.accelerator, id).toBe(shortcuts[0].replace(/^Mod\+/, 'CmdOrCtrl+'));
    }
    expect(items.find((item) => item.label === 'Redo')?.accelerator).toBe('CmdOrCtrl+Shift+Z');
    expect(items.find((item) => item.label === 'Keyboard shortcuts')?.accelerator).toBe('?');
  });

  it('registers only the accelerators with Ctrl/⌘, leaving single keys such as Delete to the page', () => {
    const template = appMenuTemplate(base);
    const registered = submenuOf(template, 'editMenu')
      .filter((item) => item.accelerator)
      .map((item) => [item.label, item.registerAccelerator]);
    expect(registered).toEqual([
      ['Undo', true],
      ['Redo', true],
      ['Duplicate', true],
      ['Delete', false],
      ['Select all', true],
    ]);
  });

  it('writes shortcuts the way Electron reads them', () => {
    expect(toAccelerator('Mod+Shift+Z')).toBe('CmdOrCtrl+Shift+Z');
    expect(toAccelerator('Mod++')).toBe('CmdOrCtrl+Plus');
    expect(toAccelerator('Delete')).toBe('Delete');
    expect(toAccelerator('Shift+L')).toBe('Shift+L');
    expect(toAccelerator('Alt+N')).toBe('Alt+N');
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
