import type { Menu as ElectronMenu, MenuItemConstructorOptions } from 'electron';
import type { MENU_COMMANDS } from '../../shared/contract/contract';

export type MenuCommand = (typeof MENU_COMMANDS)[number];

export interface AppMenuOptions {
  platform: NodeJS.Platform;
  /** Reload and DevTools are for developers; in a packaged app a reload would only lose unsaved work. */
  isPackaged: boolean;
  onAbout: () => void;
  /** Hands a command to the page, which runs it as the canvas action (or natively in a text field). */
  onCommand: (command: MenuCommand) => void;
}

/** Built from roles so labels, shortcuts and platform conventions come from Electron itself. */
export function appMenuTemplate(options: AppMenuOptions): MenuItemConstructorOptions[] {
  const isMac = options.platform === 'darwin';
  const developerItems: MenuItemConstructorOptions[] = options.isPackaged
    ? []
    : [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, { type: 'separator' }];

  return [
    ...(isMac ? [{ role: 'appMenu' } satisfies MenuItemConstructorOptions] : []),
    { role: 'fileMenu' },
    {
      role: 'editMenu',
      // Undo, redo and select all go to the page: the roles would only reach text fields, and
      // their accelerators would keep Ctrl+Z from ever reaching the canvas. Cut, copy and paste
      // keep their roles: they raise clipboard events, which the canvas handles.
      submenu: [
        { label: 'Undo', accelerator: 'CmdOrCtrl+Z', click: () => options.onCommand('undo') },
        { label: 'Redo', accelerator: 'Shift+CmdOrCtrl+Z', click: () => options.onCommand('redo') },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { label: 'Duplicate', accelerator: 'CmdOrCtrl+D', click: () => options.onCommand('duplicate') },
        {
          label: 'Delete',
          accelerator: 'Delete',
          registerAccelerator: false,
          click: () => options.onCommand('delete'),
        },
        { label: 'Select All', accelerator: 'CmdOrCtrl+A', click: () => options.onCommand('selectAll') },
      ],
    },
    {
      label: 'Canvas',
      // Single-key shortcuts are shown but left to the page, so typing a capital L stays typing.
      submenu: [
        {
          label: 'Tidy Up Left to Right',
          accelerator: 'Shift+L',
          registerAccelerator: false,
          click: () => options.onCommand('tidyLeftToRight'),
        },
        {
          label: 'Tidy Up Top to Bottom',
          accelerator: 'Shift+T',
          registerAccelerator: false,
          click: () => options.onCommand('tidyTopToBottom'),
        },
        { label: 'Add Note', accelerator: 'N', registerAccelerator: false, click: () => options.onCommand('addNote') },
        { type: 'separator' },
        {
          label: 'Fit to Screen',
          accelerator: '1',
          registerAccelerator: false,
          click: () => options.onCommand('fitView'),
        },
        {
          label: 'Keyboard Shortcuts',
          accelerator: 'Shift+/',
          registerAccelerator: false,
          click: () => options.onCommand('showShortcuts'),
        },
      ],
    },
    {
      role: 'viewMenu',
      submenu: [
        ...developerItems,
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
    { role: 'help', submenu: [{ label: 'About Journey Studio', click: () => options.onAbout() }] },
  ];
}

export function installAppMenu(
  Menu: Pick<typeof ElectronMenu, 'buildFromTemplate' | 'setApplicationMenu'>,
  options: AppMenuOptions,
): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(appMenuTemplate(options)));
}
