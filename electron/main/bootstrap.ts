import { createBackgroundSending } from './background-sending';
import { createNativeDialogs } from './dialogs';
import path from 'node:path';
import type { BrowserWindow } from 'electron';
import { startCore as realStartCore, type AppCore, type StartCoreOptions } from '../services/app-services';
import { APP_VERSION } from '../services/app-version';
import { desktopEventsApi } from '../host/events-api-server';
import { resolveDataDir } from '../services/data-dir';
import { parseDataDirFlag } from './command-line';
import type { ElectronMain } from './electron-api';
import { forwardEvents, registerIpc } from './ipc';
import { guardPickedSources, PickedFiles, registerPickedFiles } from './picked-files';
import { unpackedPath } from './unpacked-path';
import { desktopSecretKey } from './secret-key';
import { installAppMenu } from './menu';
import { handleAppProtocol, registerAppScheme } from './protocol';
import { guardWebContents } from './web-contents-guards';
import { createMainWindow } from './window';
import { loadWindowState, trackWindowState, WINDOW_STATE_FILE } from './window-state';

export const APP_NAME = 'Journey Studio';

export interface BootstrapOptions {
  argv?: readonly string[];
  env?: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
  /** Where the bundled main lives (dist/electron); the preload and renderer are found from it. */
  baseDir?: string;
  startCore?: (options: StartCoreOptions) => AppCore;
  log?: (message: string, error?: unknown) => void;
}

/** What the user reads when the app cannot start: the message only, never a stack trace. */
export function startupFailureMessage(error: unknown): string {
  if (error instanceof Error && error.message.trim() !== '') return error.message;
  if (typeof error === 'string' && error.trim() !== '') return error;
  return 'An unexpected error occurred while opening the Journey Studio data.';
}

/**
 * Wires the whole desktop app onto the given electron module. Synchronous parts (name, paths,
 * scheme privileges, single-instance lock) run before the app is ready, as Electron requires.
 * The returned promise settles once startup has finished or been abandoned; it never rejects.
 */
export function bootstrap(electron: ElectronMain, options: BootstrapOptions = {}): Promise<void> {
  // screen is read only after ready: Electron refuses to use it earlier.
  const { app, BrowserWindow, dialog, ipcMain, Menu, protocol, shell } = electron;
  const argv = options.argv ?? process.argv;
  const env = options.env ?? process.env;
  const platform = options.platform ?? process.platform;
  const baseDir = options.baseDir ?? __dirname;
  const startCore = options.startCore ?? realStartCore;
  const log = options.log ?? ((message, error) => console.error(`[journey-studio] ${message}`, error ?? ''));

  app.setName(APP_NAME);
  const dataDir = resolveDataDir(parseDataDirFlag(argv), () => app.getPath('userData'), env);
  // Chromium's own files and the single-instance lock follow userData, so an explicit data
  // folder gets its own instance: tests and a second profile never collide with the user's app.
  if (dataDir !== app.getPath('userData')) app.setPath('userData', dataDir);

  registerAppScheme(protocol);

  if (!app.requestSingleInstanceLock()) {
    // The running instance has been told (second-instance) and will come to the front.
    app.quit();
    return Promise.resolve();
  }

  let core: AppCore | null = null;
  let mainWindow: BrowserWindow | null = null;
  const windowStateFile = path.join(app.getPath('userData'), WINDOW_STATE_FILE);
  const backgroundSending = createBackgroundSending({
    Tray: electron.Tray,
    Menu,
    nativeImage: electron.nativeImage,
    dialog,
    hasActiveJourneys: () =>
      core?.engine ? core.engineStore.liveJourneys().some((journey) => journey.status === 'active') : false,
    nextDue: () => core?.engine?.nextDue() ?? null,
    now: Date.now,
    openWindow: () => openMainWindow(),
    quit: () => app.quit(),
    onError: (error) => log('Could not check for active journeys.', error),
  });

  const openMainWindow = (): BrowserWindow => {
    const win = createMainWindow({
      BrowserWindow,
      shell,
      dialog,
      preloadPath: path.join(baseDir, 'preload.cjs'),
      state: loadWindowState(windowStateFile, electron.screen),
      devTools: !app.isPackaged,
      onLoadError: (error) => log('Could not load the interface.', error),
      onLinkError: (error, url) => log(`Could not open ${url}.`, error),
    });
    trackWindowState(win, windowStateFile, { onError: (error) => log('Could not save the window position.', error) });
    if (core) {
      const stopForwarding = forwardEvents(core.events, win.webContents);
      win.on('closed', stopForwarding);
    }
    win.on('close', (event) => backgroundSending.onWindowClose(event, win));
    win.on('closed', () => {
      if (mainWindow === win) mainWindow = null;
    });
    mainWindow = win;
    return win;
  };

  app.on('second-instance', () => {
    if (!mainWindow || mainWindow.isDestroyed()) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
  });

  // Defense in depth: every webContents, including any created by accident later, is denied
  // new windows, foreign navigation and webviews, not just the one window we build ourselves.
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));

  app.on('window-all-closed', () => {
    // Kept sending in the background: the tray icon is the app until Open or Quit.
    if (backgroundSending.active()) return;
    // On macOS apps stay alive without windows until the user quits from the dock or menu.
    if (platform !== 'darwin') app.quit();
  });

  app.on('before-quit', () => backgroundSending.quitting());

  app.on('activate', () => {
    if (core && BrowserWindow.getAllWindows().length === 0) openMainWindow();
  });

  // will-quit rather than before-quit: before-quit also fires when a quit is then cancelled
  // (a window refusing to unload), which would leave a running app with a closed database.
  // Stopping may wait (background work finishing, workers ending), so the first will-quit holds
  // the quit, stops the core and quits again.
  app.on('will-quit', (event) => {
    const stopping = core;
    if (!stopping) return;
    core = null;
    event.preventDefault();
    stopping
      .stop()
      .catch((error: unknown) => log('Could not stop cleanly.', error))
      .finally(() => app.quit());
  });

  const fail = (error: unknown): void => {
    log('Startup failed.', error);
    dialog.showErrorBox(`${APP_NAME} cannot start`, startupFailureMessage(error));
    app.quit();
  };

  return app.whenReady().then(
    () => {
      try {
        handleAppProtocol(protocol, path.join(baseDir, '../renderer'));
        const startedCore = startCore({
          dataDir,
          host: 'electron',
          appVersion: APP_VERSION,
          // safeStorage answers only once the app is ready.
          secretKey: desktopSecretKey({ safeStorage: electron.safeStorage, dataDir, env, platform, log }),
          dialogs: createNativeDialogs(dialog, () => mainWindow),
          // build.mjs puts the workers beside main.cjs; worker_threads need files of their own,
          // outside app.asar in the packaged app.
          mjmlWorkerPath: unpackedPath(path.join(baseDir, 'mjml-worker.mjs')),
          importWorkerPath: unpackedPath(path.join(baseDir, 'import-worker.mjs')),
          // The engine sends from its own worker thread, so the window never waits on it.
          engine: { workerPath: unpackedPath(path.join(baseDir, 'engine-worker.mjs')) },
          onInternalError: (error, where) => log(`${where} failed.`, error),
        });
        core = startedCore;
        const picked = new PickedFiles();
        registerPickedFiles(ipcMain, picked);
        registerIpc(ipcMain, guardPickedSources(core.dispatcher, picked));
        const eventsApiFailed = (error: unknown) => log('The events API could not be served.', error);
        core.background.add(desktopEventsApi(core, eventsApiFailed)).catch(eventsApiFailed);
        installAppMenu(Menu, {
          platform,
          isPackaged: app.isPackaged,
          // Through the event bus like every other event, so the payload is checked against the contract.
          onCommand: (action) => startedCore.events.emit('menuCommand', { action }),
          onAbout: () => {
            void dialog.showMessageBox({
              type: 'info',
              title: `About ${APP_NAME}`,
              message: APP_NAME,
              detail: `Version ${APP_VERSION}\nData folder: ${dataDir}`,
            });
          },
        });
        openMainWindow();
      } catch (error) {
        fail(error);
      }
    },
    (error: unknown) => fail(error),
  );
}
