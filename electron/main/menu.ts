import type { Menu as ElectronMenu, MenuItemConstructorOptions } from 'electron';
import { actionInfo, type EditorActionId } from '../../shared/editor/actions';
import { parseShortcut } from '../../shared/editor/shortcuts';

export interface AppMenuOptions {
  platform: NodeJS.Platform;
  /** Reload and DevTools are for developers; in a packaged app a reload would only lose unsaved work. */
  isPackaged: boolean;
  onAbout: () => void;
  /** Hands a command to the page, which runs it as the canvas action (or natively in a text field). */
  onCommand: (command: EditorActionId) => void;
}

/** "Mod+Shift+Z" → "CmdOrCtrl+Shift+Z"; the plus key is "Plus" (a bare "+" separates keys). */
export function toAccelerator(shortcut: string): string {
  const { mod, alt, shift, key } = parseShortcut(shortcut);
  const named = key === '+' ? 'Plus' : key.charAt(0).toUpperCase() + key.slice(1);
  return [mod && 'CmdOrCtrl', alt && 'Alt', shift && 'Shift', named].filter(Boolean).join('+');
}

/**
 * A menu item for an editor action, with the action's label and first shortcut. Shortcuts without
 * Ctrl/⌘ are shown but left to the page, so typing a capital L or Delete in a field stays typing.
 */
function actionItem(id: EditorActionId, onCommand: AppMenuOptions['onCommand']): MenuItemConstructorOptions {
  const { label, shortcuts } = actionInfo(id);
  const shortcut = shortcuts?.[0];
  const keys = shortcut
    ? { accelerator: toAccelerator(shortcut), registerAccelerator: parseShortcut(shortcut).mod }
    : {};
  return { label, ...keys, click: () => onCommand(id) };
}

/** Standard menus come from roles, so their labels, shortcuts and platform conventions are Electron's. */
export function appMenuTemplate(options: AppMenuOptions): MenuItemConstructorOptions[] {
  const isMac = options.platform === 'darwin';
  const action = (id: EditorActionId) => actionItem(id, options.onCommand);
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
        action('undo'),
        action('redo'),
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        action('duplicate'),
        action('delete'),
        action('selectAll'),
      ],
    },
    {
      label: 'Canvas',
      submenu: [
        action('tidyLeftToRight'),
        action('tidyTopToBottom'),
        action('addNote'),
        { type: 'separator' },
        action('fitView'),
        action('showShortcuts'),
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
