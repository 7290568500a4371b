import type { BrowserWindow, BrowserWindowConstructorOptions, Dialog, Shell } from 'electron';
import { APP_ENTRY_URL } from './app-url';
import { createExternalLinkOpener } from './external-links';
import { denyAllPermissions, guardWebContents } from './web-contents-guards';
import { DEFAULT_WINDOW_STATE, type WindowState } from './window-state';

export interface MainWindowDeps {
  BrowserWindow: typeof BrowserWindow;
  shell: Pick<Shell, 'openExternal'>;
  /** Asks before a link leaves the app. */
  dialog: Pick<Dialog, 'showMessageBox'>;
  preloadPath: string;
  state?: WindowState;
  /** Packaged builds ship without DevTools so a user cannot be talked into pasting code there. */
  devTools: boolean;
  onLoadError?: (error: unknown) => void;
  onLinkError?: (error: unknown, url: string) => void;
}

export function mainWindowOptions(
  preloadPath: string,
  state: WindowState,
  devTools: boolean,
): BrowserWindowConstructorOptions {
  return {
    title: 'Journey Studio',
    width: state.width,
    height: state.height,
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    minWidth: 800,
    minHeight: 560,
    // Shown on ready-to-show so the user never sees an empty white frame.
    show: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: true,
      devTools,
    },
  };
}

export function createMainWindow(deps: MainWindowDeps): BrowserWindow {
  const state = deps.state ?? DEFAULT_WINDOW_STATE;
  const win = new deps.BrowserWindow(mainWindowOptions(deps.preloadPath, state, deps.devTools));

  const openLink = createExternalLinkOpener({
    shell: deps.shell,
    dialog: deps.dialog,
    getWindow: () => win,
    onError: (error, url) => deps.onLinkError?.(error, url),
  });
  guardWebContents(win.webContents, { openLink });
  denyAllPermissions(win.webContents.session);

  win.once('ready-to-show', () => {
    if (state.isMaximized) win.maximize();
    win.show();
  });
  win.loadURL(APP_ENTRY_URL).catch((error: unknown) => deps.onLoadError?.(error));
  return win;
}
