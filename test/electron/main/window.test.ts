import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { BrowserWindow } from 'electron';
import { APP_ENTRY_URL } from '../../../electron/main/app-url';
import { createMainWindow } from '../../../electron/main/window';
import { asElectronMain, createFakeElectron, type FakeElectron } from '../../__mocks__/electron';

vi.mock('electron', () => import('../../__mocks__/electron'));

type FakeWindow = InstanceType<FakeElectron['BrowserWindow']>;

describe('createMainWindow', () => {
  let electron: FakeElectron;
  let win: FakeWindow;

  function open(overrides: Partial<Parameters<typeof createMainWindow>[0]> = {}): FakeWindow {
    const real = asElectronMain(electron);
    return createMainWindow({
      BrowserWindow: real.BrowserWindow,
      shell: real.shell,
      dialog: real.dialog,
      preloadPath: '/app/dist/electron/preload.cjs',
      devTools: true,
      ...overrides,
    }) as unknown as FakeWindow;
  }

  beforeEach(() => {
    electron = createFakeElectron();
    win = open();
  });

  it('locks down every webPreferences security setting', () => {
    expect(win.options.webPreferences).toMatchObject({
      preload: '/app/dist/electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      devTools: true,
    });
  });

  it('ships without DevTools when packaged', () => {
    const packaged = open({ devTools: false });
    expect(packaged.options.webPreferences?.devTools).toBe(false);
  });

  it('loads the app from its own origin and shows only when ready', () => {
    expect(win.loadURL).toHaveBeenCalledWith(APP_ENTRY_URL);
    expect(win.options.show).toBe(false);
    expect(win.show).not.toHaveBeenCalled();
    win.emit('ready-to-show');
    expect(win.show).toHaveBeenCalledTimes(1);
    expect(win.maximize).not.toHaveBeenCalled();
  });

  it('restores saved bounds and the maximised state', () => {
    const restored = open({ state: { x: 10, y: 20, width: 1000, height: 700, isMaximized: true } });
    expect(restored.options).toMatchObject({ x: 10, y: 20, width: 1000, height: 700 });
    restored.emit('ready-to-show');
    expect(restored.maximize).toHaveBeenCalled();
  });

  it('leaves the position to Electron (centred) when none was saved', () => {
    expect(win.options).not.toHaveProperty('x');
    expect(win.options).not.toHaveProperty('y');
  });

  describe('window.open', () => {
    const answer = (response: number) =>
      electron.dialog.showMessageBox.mockResolvedValueOnce({ response, checkboxChecked: false });

    it('denies the window and opens a clicked web link in the system browser once the user agrees', async () => {
      answer(1);
      expect(win.webContents.openWindow('https://docs.example.com/help')).toEqual({ action: 'deny' });
      await vi.waitFor(() => expect(electron.shell.openExternal).toHaveBeenCalledWith('https://docs.example.com/help'));
      // The question is asked over the app window and names the whole address.
      expect(electron.dialog.showMessageBox).toHaveBeenCalledWith(
        win,
        expect.objectContaining({ detail: 'https://docs.example.com/help', buttons: ['Cancel', 'Open in Browser'] }),
      );
    });

    it('opens plain http links too, after asking', async () => {
      answer(1);
      win.webContents.openWindow('http://example.com/offer?id=7');
      await vi.waitFor(() => expect(electron.shell.openExternal).toHaveBeenCalledWith('http://example.com/offer?id=7'));
    });

    it('opens nothing when the user cancels', async () => {
      let settle!: (value: { response: number; checkboxChecked: boolean }) => void;
      electron.dialog.showMessageBox.mockReturnValueOnce(new Promise((resolve) => (settle = resolve)));
      win.webContents.openWindow('https://example.com/');
      settle({ response: 0, checkboxChecked: false });
      // The next question can only be asked once the first has been answered and handled.
      answer(0);
      await vi.waitFor(() => {
        win.webContents.openWindow('https://example.com/again');
        expect(electron.dialog.showMessageBox).toHaveBeenCalledTimes(2);
      });
      expect(electron.shell.openExternal).not.toHaveBeenCalled();
    });

    it('asks one question at a time: links opened meanwhile are dropped', () => {
      electron.dialog.showMessageBox.mockReturnValueOnce(new Promise(() => {}));
      win.webContents.openWindow('https://example.com/1');
      win.webContents.openWindow('https://example.com/2');
      win.webContents.openWindow('https://example.com/3');
      expect(electron.dialog.showMessageBox).toHaveBeenCalledTimes(1);
    });

    it('does not ask for a scripted window.open with window features', () => {
      expect(win.webContents.openWindow('https://example.com/', 'new-window')).toEqual({ action: 'deny' });
      expect(win.webContents.openWindow('https://example.com/', 'other')).toEqual({ action: 'deny' });
      expect(electron.dialog.showMessageBox).not.toHaveBeenCalled();
    });

    it.each([
      'javascript:alert(1)',
      'file:///etc/passwd',
      'app://journey-studio/index.html',
      'smb://host/share',
      'https://u:p@evil.example/',
      'garbage',
    ])('denies %s without asking or opening anything', (url) => {
      expect(win.webContents.openWindow(url)).toEqual({ action: 'deny' });
      expect(electron.dialog.showMessageBox).not.toHaveBeenCalled();
      expect(electron.shell.openExternal).not.toHaveBeenCalled();
    });

    it('reports the system browser failing to open', async () => {
      const onLinkError = vi.fn();
      const withReport = open({ onLinkError });
      answer(1);
      electron.shell.openExternal.mockRejectedValueOnce(new Error('no browser'));
      expect(withReport.webContents.openWindow('https://example.com/')).toEqual({ action: 'deny' });
      await vi.waitFor(() =>
        expect(onLinkError).toHaveBeenCalledWith(
          expect.objectContaining({ message: 'no browser' }),
          'https://example.com/',
        ),
      );
    });
  });

  describe('navigation', () => {
    it.each(['will-navigate', 'will-redirect'] as const)('%s to a foreign origin is prevented', (name) => {
      expect(win.webContents.fireCancellable(name, 'https://evil.example/')).toBe(true);
      expect(win.webContents.fireCancellable(name, 'file:///etc/passwd')).toBe(true);
      expect(win.webContents.fireCancellable(name, 'app://journey-studio@evil.example/')).toBe(true);
    });

    it.each(['will-navigate', 'will-redirect'] as const)('%s within the app origin is allowed', (name) => {
      expect(win.webContents.fireCancellable(name, 'app://journey-studio/index.html#/journeys/1')).toBe(false);
    });

    it('refuses to attach webviews', () => {
      expect(win.webContents.fireCancellable('will-attach-webview')).toBe(true);
    });
  });

  describe('permissions', () => {
    it('denies every permission request', () => {
      const session = win.webContents.session;
      for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read']) {
        const callback = vi.fn();
        session.permissionRequestHandler!(win.webContents, permission, callback, {});
        expect(callback).toHaveBeenCalledWith(false);
      }
    });

    it('answers every permission check with false', () => {
      const session = win.webContents.session;
      expect(session.permissionCheckHandler!(win.webContents, 'media', 'app://journey-studio', {})).toBe(false);
      expect(session.permissionCheckHandler!(null, 'clipboard-sanitized-write', 'app://journey-studio', {})).toBe(
        false,
      );
    });
  });

  it('reports a failed load instead of leaving an unhandled rejection', async () => {
    const onLoadError = vi.fn();
    const real = asElectronMain(electron);
    const Original = electron.BrowserWindow;
    class FailingWindow extends Original {
      override loadURL = vi.fn(() => Promise.reject(new Error('ERR_FAILED')));
    }
    createMainWindow({
      BrowserWindow: FailingWindow as unknown as typeof BrowserWindow,
      shell: real.shell,
      dialog: real.dialog,
      preloadPath: '/p.cjs',
      devTools: false,
      onLoadError,
    });
    await vi.waitFor(() =>
      expect(onLoadError).toHaveBeenCalledWith(expect.objectContaining({ message: 'ERR_FAILED' })),
    );
  });
});
