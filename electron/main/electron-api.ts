import type * as Electron from 'electron';

/**
 * The parts of the 'electron' module main uses. Functions take them as arguments instead of
 * importing 'electron' themselves, so tests can hand in a fake and only index.ts touches the
 * real module.
 */
export type ElectronMain = Pick<
  typeof Electron,
  | 'app'
  | 'BrowserWindow'
  | 'dialog'
  | 'ipcMain'
  | 'Menu'
  | 'nativeImage'
  | 'protocol'
  | 'safeStorage'
  | 'screen'
  | 'shell'
  | 'Tray'
>;
