/**
 * A hand-written stand-in for the 'electron' module: no Electron runtime can run in CI, so the
 * main-process code is exercised against these recorders instead. Each fake mimics the one
 * behaviour the code relies on (last setWindowOpenHandler wins, webContents-created fires from
 * the BrowserWindow constructor, ipcMain refuses a second handler) and records the rest.
 *
 * Use `vi.mock('electron', () => import('<relative>/__mocks__/electron'))` so any runtime import
 * of 'electron' gets the module-level instance, and `createFakeElectron()` for a fresh, isolated
 * set per test when the code under test takes electron as an argument.
 */
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';
import type { ElectronMain } from '../../electron/main/electron-api';

export interface FakeRectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Stands in for WebFrameMain: only what a sender check reads. */
export class FakeFrame {
  detached = false;
  constructor(
    public url: string,
    public parent: FakeFrame | null = null,
    public processId = 1,
    public routingId = 1,
  ) {}
}

export type PermissionRequestHandler = (
  webContents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
  details: unknown,
) => void;
export type PermissionCheckHandler = (
  webContents: unknown,
  permission: string,
  origin: string,
  details: unknown,
) => boolean;

export class FakeSession {
  permissionRequestHandler: PermissionRequestHandler | null = null;
  permissionCheckHandler: PermissionCheckHandler | null = null;
  setPermissionRequestHandler = vi.fn((handler: PermissionRequestHandler | null) => {
    this.permissionRequestHandler = handler;
  });
  setPermissionCheckHandler = vi.fn((handler: PermissionCheckHandler | null) => {
    this.permissionCheckHandler = handler;
  });
}

export interface WindowOpenDetails {
  url: string;
  disposition: 'default' | 'foreground-tab' | 'background-tab' | 'new-window' | 'other';
}
export type WindowOpenHandler = (details: WindowOpenDetails) => { action: 'allow' | 'deny' };

let nextWebContentsId = 1;

export class FakeWebContents extends EventEmitter {
  readonly id = nextWebContentsId++;
  destroyed = false;
  mainFrame: FakeFrame;
  windowOpenHandler: WindowOpenHandler | null = null;
  send = vi.fn((_channel: string, ..._args: unknown[]) => {
    if (this.destroyed) throw new Error('Object has been destroyed');
  });
  setWindowOpenHandler = vi.fn((handler: WindowOpenHandler) => {
    this.windowOpenHandler = handler;
  });

  constructor(
    readonly session: FakeSession,
    url = 'app://journey-studio/index.html',
  ) {
    super();
    this.mainFrame = new FakeFrame(url, null, 1, this.id);
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  destroy(): void {
    this.destroyed = true;
    this.emit('destroyed');
  }

  /** Emits a cancellable event the way Electron does (an event object with url and preventDefault); returns whether it was prevented. */
  fireCancellable(name: 'will-navigate' | 'will-redirect' | 'will-attach-webview', url = ''): boolean {
    let prevented = false;
    const event = { url, preventDefault: () => (prevented = true) };
    this.emit(name, event, url);
    return prevented;
  }

  /**
   * What Electron does when the page calls window.open or a target=_blank link is clicked; a
   * click opens a foreground tab, window.open with window features a new window.
   */
  openWindow(
    url: string,
    disposition: WindowOpenDetails['disposition'] = 'foreground-tab',
  ): { action: 'allow' | 'deny' } | undefined {
    return this.windowOpenHandler?.({ url, disposition });
  }
}

export interface FakeDisplay {
  id: number;
  bounds: FakeRectangle;
  workArea: FakeRectangle;
}

export function fakeDisplay(id: number, workArea: FakeRectangle): FakeDisplay {
  return { id, bounds: workArea, workArea };
}

export function createFakeElectron() {
  const defaultSession = new FakeSession();

  class FakeApp extends EventEmitter {
    name = 'Electron';
    isPackaged = false;
    /** What requestSingleInstanceLock answers; set to false to play the second instance. */
    singleInstanceLock = true;
    paths: Record<string, string> = { userData: '/fake/user-data' };
    ready: Promise<void> = Promise.resolve();

    setName = vi.fn((name: string) => {
      this.name = name;
    });
    getName = vi.fn(() => this.name);
    getPath = vi.fn((name: string) => {
      const value = this.paths[name];
      if (value === undefined) throw new Error(`Failed to get '${name}' path`);
      return value;
    });
    setPath = vi.fn((name: string, value: string) => {
      this.paths[name] = value;
    });
    requestSingleInstanceLock = vi.fn(() => this.singleInstanceLock);
    quit = vi.fn();
    whenReady = vi.fn(() => this.ready);
  }
  const app = new FakeApp();

  class BrowserWindow extends EventEmitter {
    static instances: BrowserWindow[] = [];
    static getAllWindows = vi.fn(() => BrowserWindow.instances.filter((win) => !win.destroyed));

    readonly webContents: FakeWebContents;
    destroyed = false;
    minimized = false;
    maximized = false;
    visible = false;
    normalBounds: FakeRectangle;

    loadURL = vi.fn((_url: string) => Promise.resolve());
    show = vi.fn(() => {
      this.visible = true;
    });
    focus = vi.fn();
    restore = vi.fn(() => {
      this.minimized = false;
    });
    maximize = vi.fn(() => {
      this.maximized = true;
    });

    constructor(readonly options: Record<string, unknown> & { webPreferences?: Record<string, unknown> } = {}) {
      super();
      this.normalBounds = {
        x: typeof options.x === 'number' ? options.x : 100,
        y: typeof options.y === 'number' ? options.y : 100,
        width: typeof options.width === 'number' ? options.width : 800,
        height: typeof options.height === 'number' ? options.height : 600,
      };
      this.webContents = new FakeWebContents(defaultSession);
      BrowserWindow.instances.push(this);
      app.emit('web-contents-created', {}, this.webContents);
    }

    isDestroyed = () => this.destroyed;
    isMinimized = () => this.minimized;
    isMaximized = () => this.maximized;
    isVisible = () => this.visible;
    getNormalBounds = () => ({ ...this.normalBounds });
    getBounds = () => ({ ...this.normalBounds });

    /** Runs the close sequence Electron runs: close (cancellable), then closed and destruction. */
    close(): void {
      let prevented = false;
      this.emit('close', { preventDefault: () => (prevented = true) });
      if (prevented) return;
      this.destroyed = true;
      this.webContents.destroy();
      this.emit('closed');
    }
  }

  type InvokeHandler = (event: unknown, ...args: unknown[]) => unknown;
  const ipcHandlers = new Map<string, InvokeHandler>();
  type MessageListener = (event: unknown, ...args: unknown[]) => void;
  const ipcListeners = new Map<string, Set<MessageListener>>();
  const ipcMain = {
    handlers: ipcHandlers,
    listeners: ipcListeners,
    on: vi.fn((channel: string, listener: MessageListener) => {
      if (!ipcListeners.has(channel)) ipcListeners.set(channel, new Set());
      ipcListeners.get(channel)!.add(listener);
      return ipcMain;
    }),
    removeListener: vi.fn((channel: string, listener: MessageListener) => {
      ipcListeners.get(channel)?.delete(listener);
      return ipcMain;
    }),
    /** Plays a renderer's ipcRenderer.send arriving in main. */
    send(channel: string, event: unknown, ...args: unknown[]): void {
      for (const listener of ipcListeners.get(channel) ?? []) listener(event, ...args);
    },
    handle: vi.fn((channel: string, handler: InvokeHandler) => {
      if (ipcHandlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
      ipcHandlers.set(channel, handler);
    }),
    removeHandler: vi.fn((channel: string) => {
      ipcHandlers.delete(channel);
    }),
    /** Plays a renderer's ipcRenderer.invoke arriving in main. */
    async call(channel: string, event: unknown, ...args: unknown[]): Promise<unknown> {
      const handler = ipcHandlers.get(channel);
      if (!handler) throw new Error(`No handler registered for '${channel}'`);
      return handler(event, ...args);
    },
  };

  class FakeIpcRenderer extends EventEmitter {
    send = vi.fn((_channel: string, ..._args: unknown[]) => undefined);
    invoke = vi.fn((_channel: string, ..._args: unknown[]): Promise<unknown> =>
      Promise.resolve({ ok: true, value: null }),
    );
  }
  const ipcRenderer = new FakeIpcRenderer();

  // Electron gives a path only for Files the user picked or dropped; the fake knows them by name.
  const webUtils = {
    getPathForFile: vi.fn((file: { name: string }) => (file.name === 'picked.csv' ? '/home/ada/picked.csv' : '')),
  };

  const exposed = new Map<string, unknown>();
  const contextBridge = {
    exposed,
    exposeInMainWorld: vi.fn((key: string, api: unknown) => {
      if (exposed.has(key))
        throw new Error(`Cannot bind an API on top of an existing property on the window object: ${key}`);
      exposed.set(key, api);
    }),
  };

  const protocolHandlers = new Map<string, (request: Request) => Promise<Response>>();
  const protocol = {
    handlers: protocolHandlers,
    registerSchemesAsPrivileged: vi.fn(),
    handle: vi.fn((scheme: string, handler: (request: Request) => Promise<Response>) => {
      protocolHandlers.set(scheme, handler);
    }),
  };

  const session = { defaultSession };
  const shell = { openExternal: vi.fn((_url: string) => Promise.resolve()) };

  const Menu = {
    buildFromTemplate: vi.fn((template: unknown[]) => ({ template })),
    setApplicationMenu: vi.fn(),
  };

  class Tray extends EventEmitter {
    static instances: Tray[] = [];
    destroyed = false;
    toolTip = '';
    contextMenu: { template: unknown[] } | null = null;
    constructor(readonly image: unknown) {
      super();
      Tray.instances.push(this);
    }
    setToolTip = vi.fn((text: string) => {
      this.toolTip = text;
    });
    setContextMenu = vi.fn((menu: { template: unknown[] } | null) => {
      this.contextMenu = menu;
    });
    destroy = vi.fn(() => {
      this.destroyed = true;
    });
    isDestroyed = () => this.destroyed;
  }

  const nativeImage = {
    createFromDataURL: vi.fn((dataUrl: string) => ({ dataUrl, isEmpty: () => !dataUrl.startsWith('data:image/png') })),
  };

  const dialog = {
    showSaveDialog: vi.fn((..._args: unknown[]) => Promise.resolve({ canceled: true, filePath: '' })),
    showOpenDialog: vi.fn((..._args: unknown[]) => Promise.resolve({ canceled: true, filePaths: [] as string[] })),
    showErrorBox: vi.fn(),
    showMessageBox: vi.fn((..._args: unknown[]) => Promise.resolve({ response: 0, checkboxChecked: false })),
  };

  // Seals reversibly with a marker, so a test can tell a sealed file from a plain key.
  const safeStorage = {
    available: true,
    backend: 'gnome_libsecret' as 'unknown' | 'basic_text' | 'gnome_libsecret' | 'kwallet' | 'kwallet5' | 'kwallet6',
    isEncryptionAvailable: vi.fn(() => safeStorage.available),
    getSelectedStorageBackend: vi.fn(() => safeStorage.backend),
    encryptString: vi.fn((text: string) => Buffer.from(`sealed:${Buffer.from(text).toString('hex')}`)),
    decryptString: vi.fn((sealed: Buffer) => {
      const text = sealed.toString();
      if (!text.startsWith('sealed:'))
        throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      return Buffer.from(text.slice('sealed:'.length), 'hex').toString();
    }),
  };

  const screen = {
    displays: [fakeDisplay(1, { x: 0, y: 0, width: 1920, height: 1080 })] as FakeDisplay[],
    getAllDisplays: vi.fn((): FakeDisplay[] => screen.displays),
    getPrimaryDisplay: vi.fn((): FakeDisplay => screen.displays[0]!),
  };

  return {
    app,
    BrowserWindow,
    ipcMain,
    ipcRenderer,
    contextBridge,
    webUtils,
    protocol,
    session,
    shell,
    Menu,
    Tray,
    nativeImage,
    dialog,
    safeStorage,
    screen,
  };
}

export type FakeElectron = ReturnType<typeof createFakeElectron>;

/** The fake typed as what main's functions accept; the cast is the whole point of a fake. */
export function asElectronMain(fake: FakeElectron): ElectronMain {
  return fake as unknown as ElectronMain;
}

/** The instance that `vi.mock('electron', ...)` hands to code importing 'electron'. */
export const fakeElectron = createFakeElectron();
export const {
  app,
  BrowserWindow,
  ipcMain,
  ipcRenderer,
  contextBridge,
  webUtils,
  protocol,
  session,
  shell,
  Menu,
  Tray,
  nativeImage,
  dialog,
  safeStorage,
  screen,
} = fakeElectron;
export default fakeElectron;
