import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import type { AppCore, StartCoreOptions } from '../../../electron/services/app-services';
import { EventBus } from '../../../electron/services/event-bus';
import { createBackground } from '../../../electron/services/runtime/background';
import { Disposables } from '../../../electron/services/runtime/disposables';
import { createVirtualClock } from '../../../electron/services/runtime/virtual-clock';
import { StoreError } from '../../../electron/services/store/store-error';
import { method } from '../../../shared/contract/define';
import { createDispatcher } from '../../../shared/contract/dispatch';
import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL } from '../../../shared/contract/bridge';
import { APP_ENTRY_URL } from '../../../electron/main/app-url';
import { bootstrap, startupFailureMessage, type BootstrapOptions } from '../../../electron/main/bootstrap';
import {
  asElectronMain,
  createFakeElectron,
  FakeSession,
  FakeWebContents,
  type FakeElectron,
} from '../../__mocks__/electron';
import { useTempDir } from '../../support/temp-dir';

vi.mock('electron', () => import('../../__mocks__/electron'));

const tempDir = useTempDir('journey-studio-bootstrap-');

const pingContract = { services: { app: { ping: method('Ping.', z.undefined(), z.literal('pong')) } }, events: {} };

function fakeCore() {
  const disposables = new Disposables();
  return {
    context: {} as AppCore['context'],
    dispatcher: createDispatcher(pingContract, { app: { ping: () => 'pong' as const } }),
    events: new EventBus(),
    clock: createVirtualClock(),
    disposables,
    background: createBackground(disposables),
    ingress: {} as AppCore['ingress'],
    engine: null,
    engineStore: {} as AppCore['engineStore'],
    stop: vi.fn(() => disposables.disposeAll()),
  } satisfies AppCore;
}

describe('bootstrap', () => {
  let electron: FakeElectron;
  let core: ReturnType<typeof fakeCore>;
  let startCore: ReturnType<typeof vi.fn<(options: StartCoreOptions) => AppCore>>;
  let log: ReturnType<typeof vi.fn<(message: string, error?: unknown) => void>>;
  let userData: string;

  function run(options: BootstrapOptions = {}) {
    return bootstrap(asElectronMain(electron), {
      argv: ['electron', '.'],
      env: {},
      platform: 'linux',
      baseDir: '/opt/journey-studio/resources/app/dist/electron',
      startCore,
      log,
      ...options,
    });
  }

  const windows = () => electron.BrowserWindow.instances;

  beforeEach(() => {
    electron = createFakeElectron();
    userData = tempDir();
    electron.app.paths.userData = userData;
    core = fakeCore();
    startCore = vi.fn(() => core);
    log = vi.fn<(message: string, error?: unknown) => void>();
  });

  describe('single instance', () => {
    it('quits a second instance before doing anything else', async () => {
      electron.app.singleInstanceLock = false;
      await run();
      expect(electron.app.quit).toHaveBeenCalledTimes(1);
      expect(electron.app.whenReady).not.toHaveBeenCalled();
      expect(startCore).not.toHaveBeenCalled();
      expect(windows()).toHaveLength(0);
      expect(electron.ipcMain.handlers.size).toBe(0);
    });

    it('brings the existing window back when a second instance starts', async () => {
      await run();
      const [win] = windows();
      win!.minimized = true;
      electron.app.emit('second-instance', {}, ['electron', '.'], '/');
      expect(win!.restore).toHaveBeenCalled();
      expect(win!.focus).toHaveBeenCalled();
      expect(windows()).toHaveLength(1);
    });
  });

  it('names the app and registers the app:// scheme before the app is ready', async () => {
    let schemeRegisteredBeforeReady = false;
    electron.app.whenReady.mockImplementationOnce(() => {
      schemeRegisteredBeforeReady = electron.protocol.registerSchemesAsPrivileged.mock.calls.length === 1;
      return Promise.resolve();
    });
    await run();
    expect(electron.app.setName).toHaveBeenCalledWith('Journey Studio');
    expect(schemeRegisteredBeforeReady).toBe(true);
  });

  it('starts the core on Electron’s userData folder by default', async () => {
    await run();
    expect(startCore).toHaveBeenCalledWith(
      expect.objectContaining({
        dataDir: userData,
        host: 'electron',
        dialogs: expect.objectContaining({ saveFile: expect.any(Function), openFile: expect.any(Function) }),
      }),
    );
    expect(electron.app.setPath).not.toHaveBeenCalled();
  });

  it('hands the core the secret key it keeps sealed by the system key store in the data folder', async () => {
    await run();
    const { secretKey } = startCore.mock.calls[0]![0];
    expect(secretKey).toHaveLength(32);
    expect(electron.safeStorage.encryptString).toHaveBeenCalledWith(secretKey!.toString('base64'));
    expect(fs.existsSync(path.join(userData, 'secret.key.sealed'))).toBe(true);
    expect(fs.existsSync(path.join(userData, 'secret.key'))).toBe(false);
  });

  it.each([
    ['--data-dir DIR', (dir: string) => ({ argv: ['electron', '.', '--data-dir', dir] })],
    ['--data-dir=DIR', (dir: string) => ({ argv: ['electron', '.', `--data-dir=${dir}`] })],
    ['JOURNEY_STUDIO_DATA_DIR', (dir: string) => ({ env: { JOURNEY_STUDIO_DATA_DIR: dir } })],
  ])('uses the folder given by %s, for the database and for userData', async (_label, options) => {
    const dir = path.join(tempDir(), 'custom');
    await run(options(dir));
    expect(startCore).toHaveBeenCalledWith(expect.objectContaining({ dataDir: dir }));
    expect(electron.app.setPath).toHaveBeenCalledWith('userData', dir);
    // The lock is taken after userData moved, so each data folder is its own instance.
    expect(electron.app.setPath.mock.invocationCallOrder[0]!).toBeLessThan(
      electron.app.requestSingleInstanceLock.mock.invocationCallOrder[0]!,
    );
  });

  it('wires protocol, IPC, menu and one secure window on ready', async () => {
    await run();
    expect([...electron.protocol.handlers.keys()]).toEqual(['app']);
    expect([...electron.ipcMain.handlers.keys()]).toEqual([IPC_INVOKE_CHANNEL]);
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalledTimes(1);
    expect(windows()).toHaveLength(1);
    const [win] = windows();
    expect(win!.loadURL).toHaveBeenCalledWith(APP_ENTRY_URL);
    expect(win!.options.webPreferences).toMatchObject({
      preload: path.join('/opt/journey-studio/resources/app/dist/electron', 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      devTools: true,
    });
  });

  it('serves the renderer from ../renderer next to the bundled main', async () => {
    await run({ baseDir: path.join(userData, 'dist', 'electron') });
    const response = await electron.protocol.handlers.get('app')!(new Request('app://journey-studio/'));
    // Nothing is built in the temp folder, so the handler says so: proof it looked in dist/renderer.
    expect(response.status).toBe(503);
  });

  it('answers IPC from the window through the core’s dispatcher', async () => {
    await run();
    const [win] = windows();
    const event = { sender: win!.webContents, senderFrame: win!.webContents.mainFrame };
    await expect(electron.ipcMain.call(IPC_INVOKE_CHANNEL, event, 'app', 'ping', undefined)).resolves.toEqual({
      ok: true,
      value: 'pong',
    });
  });

  it('forwards core events to the window until it closes', async () => {
    await run();
    const [win] = windows();
    core.events.emit('templateChanged', { id: 't1', change: 'created' });
    expect(win!.webContents.send).toHaveBeenCalledWith(IPC_EVENT_CHANNEL, 'templateChanged', {
      id: 't1',
      change: 'created',
    });
    win!.close();
    expect(() => core.events.emit('templateChanged', { id: 't1', change: 'deleted' })).not.toThrow();
    expect(win!.webContents.send).toHaveBeenCalledTimes(1);
  });

  it('sends a menu command to the window through the event bus, checked against the contract', async () => {
    await run();
    const [win] = windows();
    const sent: unknown[] = [];
    core.events.subscribe((event, payload) => sent.push([event, payload]));
    const [template] = electron.Menu.buildFromTemplate.mock.calls.at(-1)! as [MenuItem[]];
    findMenuItem(template, 'Select all')!.click!();
    expect(sent).toEqual([['menuCommand', { action: 'selectAll' }]]);
    expect(win!.webContents.send).toHaveBeenCalledWith(IPC_EVENT_CHANNEL, 'menuCommand', { action: 'selectAll' });
  });

  it('remembers the window position in userData when the window closes', async () => {
    await run();
    const [win] = windows();
    win!.close();
    const saved = JSON.parse(fs.readFileSync(path.join(userData, 'window-state.json'), 'utf8')) as unknown;
    expect(saved).toMatchObject({ width: 1280, height: 800, isMaximized: false });
  });

  it('shows the store’s message and quits when the core cannot start', async () => {
    const failure = new StoreError(
      'This database was written by a newer Journey Studio (version 9). Nothing was changed; update the app to open it.',
    );
    startCore.mockImplementationOnce(() => {
      throw failure;
    });
    await run();
    expect(electron.dialog.showErrorBox).toHaveBeenCalledWith('Journey Studio cannot start', failure.message);
    const shown = electron.dialog.showErrorBox.mock.calls[0]!.join('\n');
    expect(shown).not.toContain(' at ');
    expect(electron.app.quit).toHaveBeenCalled();
    expect(windows()).toHaveLength(0);
    expect(electron.ipcMain.handlers.size).toBe(0);
  });

  it('also fails cleanly when Electron never gets ready', async () => {
    electron.app.whenReady.mockImplementationOnce(() => Promise.reject(new Error('GPU process crashed')));
    await run();
    expect(electron.dialog.showErrorBox).toHaveBeenCalledWith('Journey Studio cannot start', 'GPU process crashed');
    expect(electron.app.quit).toHaveBeenCalled();
  });

  it('guards every webContents created later, not only the main window', async () => {
    await run();
    const stray = new FakeWebContents(new FakeSession(), 'about:blank');
    electron.app.emit('web-contents-created', {}, stray);
    expect(stray.openWindow('https://example.com/')).toEqual({ action: 'deny' });
    expect(electron.shell.openExternal).not.toHaveBeenCalled();
    expect(stray.fireCancellable('will-navigate', 'https://evil.example/')).toBe(true);
    expect(stray.fireCancellable('will-attach-webview')).toBe(true);
  });

  it('quits when the last window closes, except on macOS', async () => {
    await run();
    electron.app.emit('window-all-closed');
    expect(electron.app.quit).toHaveBeenCalledTimes(1);

    const mac = createFakeElectron();
    mac.app.paths.userData = tempDir();
    await bootstrap(asElectronMain(mac), {
      argv: [],
      env: {},
      platform: 'darwin',
      baseDir: '/x',
      startCore: () => fakeCore(),
      log,
    });
    mac.app.emit('window-all-closed');
    expect(mac.app.quit).not.toHaveBeenCalled();
  });

  it('re-creates the window on activate when none is open', async () => {
    await run({ platform: 'darwin' });
    windows()[0]!.close();
    electron.app.emit('activate');
    expect(electron.BrowserWindow.getAllWindows()).toHaveLength(1);
    electron.app.emit('activate');
    expect(electron.BrowserWindow.getAllWindows()).toHaveLength(1);
  });

  it('holds the quit until the core has stopped its background work, and stops it once', async () => {
    await run();
    let finishWork = () => {};
    const workStopped = new Promise<void>((resolve) => (finishWork = resolve));
    const stopWork = vi.fn(() => workStopped);
    await core.background.add({ name: 'engine', start: () => stopWork });

    const firstQuit = { preventDefault: vi.fn() };
    electron.app.emit('will-quit', firstQuit);
    expect(firstQuit.preventDefault).toHaveBeenCalledTimes(1);
    expect(stopWork).toHaveBeenCalledTimes(1);
    expect(electron.app.quit).not.toHaveBeenCalled();

    finishWork();
    await vi.waitFor(() => expect(electron.app.quit).toHaveBeenCalledTimes(1));
    const secondQuit = { preventDefault: vi.fn() };
    electron.app.emit('will-quit', secondQuit);
    expect(secondQuit.preventDefault).not.toHaveBeenCalled();
    expect(core.stop).toHaveBeenCalledTimes(1);
    expect(core.background.running()).toEqual([]);
  });

  it('still quits when something fails to stop, and logs it', async () => {
    await run();
    core.disposables.add('database', () => {
      throw new Error('disk gone');
    });
    electron.app.emit('will-quit', { preventDefault: vi.fn() });
    await vi.waitFor(() => expect(electron.app.quit).toHaveBeenCalledTimes(1));
    expect(log).toHaveBeenCalledWith('Could not stop cleanly.', expect.objectContaining({ name: 'DisposeError' }));
  });
});

describe('startupFailureMessage', () => {
  it('shows only the message, never the stack', () => {
    const error = new Error('The data folder is not writable.');
    expect(startupFailureMessage(error)).toBe('The data folder is not writable.');
    expect(startupFailureMessage('plain text')).toBe('plain text');
    expect(startupFailureMessage({})).toMatch(/unexpected error/);
    expect(startupFailureMessage(new Error(''))).toMatch(/unexpected error/);
  });
});

interface MenuItem {
  label?: string;
  click?: () => void;
  submenu?: MenuItem[];
}

function findMenuItem(items: MenuItem[], label: string): MenuItem | undefined {
  for (const item of items) {
    if (item.label === label) return item;
    const inner = item.submenu && findMenuItem(item.submenu, label);
    if (inner) return inner;
  }
  return undefined;
}
