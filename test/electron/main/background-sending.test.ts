import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppCore } from '../../../electron/services/app-services';
import { EventBus } from '../../../electron/services/event-bus';
import { createBackground } from '../../../electron/services/runtime/background';
import { Disposables } from '../../../electron/services/runtime/disposables';
import { createVirtualClock } from '../../../electron/services/runtime/virtual-clock';
import { createDispatcher } from '../../../shared/contract/dispatch';
import { bootstrap } from '../../../electron/main/bootstrap';
import { nextSendsText, TRAY_REFRESH_MS } from '../../../electron/main/background-sending';
import { asElectronMain, createFakeElectron, type FakeElectron } from '../../__mocks__/electron';
import { useTempDir } from '../../support/temp-dir';

vi.mock('electron', () => import('../../__mocks__/electron'));

const tempDir = useTempDir('journey-studio-background-sending-');
const MINUTE = 60_000;

/** A core whose engine has the given journeys live and its next wake-up at `due`. */
function coreWithEngine(state: { statuses: string[]; due: number | null }): AppCore {
  const disposables = new Disposables();
  return {
    context: {} as AppCore['context'],
    dispatcher: createDispatcher({ services: {}, events: {} }, {}),
    events: new EventBus(),
    clock: createVirtualClock(),
    disposables,
    background: createBackground(disposables),
    ingress: {} as AppCore['ingress'],
    engine: { nextDue: () => state.due } as AppCore['engine'],
    engineStore: {
      liveJourneys: () => state.statuses.map((status, i) => ({ journeyId: `j${i}`, liveVersion: 1, status })),
    } as unknown as AppCore['engineStore'],
    stop: () => disposables.disposeAll(),
  };
}

type MenuItem = { label?: string; type?: string; enabled?: boolean; click?: () => void };

describe('closing the window while journeys are active', () => {
  let electron: FakeElectron;
  let state: { statuses: string[]; due: number | null };

  const windows = () => electron.BrowserWindow.getAllWindows();
  const trays = () => (electron.Tray as unknown as { instances: InstanceType<FakeElectron['Tray']>[] }).instances;
  const menuOf = (tray: InstanceType<FakeElectron['Tray']>) => tray.contextMenu!.template as MenuItem[];
  const answer = (response: number) =>
    electron.dialog.showMessageBox.mockResolvedValueOnce({ response, checkboxChecked: false });
  /** Lets the dialog's answer be handled. */
  const settle = () => new Promise((resolve) => setImmediate(resolve));

  async function start(platform: NodeJS.Platform = 'linux') {
    electron.app.paths.userData = tempDir();
    await bootstrap(asElectronMain(electron), {
      argv: ['electron', '.'],
      env: {},
      platform,
      baseDir: '/opt/journey-studio/resources/app/dist/electron',
      startCore: () => coreWithEngine(state),
      log: () => {},
    });
  }

  /** Closes the window as the user does; Electron then says all windows are closed if none is left. */
  function closeWindow() {
    windows()[0]!.close();
    if (windows().length === 0) electron.app.emit('window-all-closed');
  }

  beforeEach(() => {
    electron = createFakeElectron();
    state = { statuses: ['active'], due: Date.now() + 5 * MINUTE };
  });
  afterEach(() => vi.useRealTimers());

  it('closes and quits without asking when no journey is active', async () => {
    state.statuses = ['paused'];
    await start();
    closeWindow();
    expect(electron.dialog.showMessageBox).not.toHaveBeenCalled();
    expect(windows()).toHaveLength(0);
    expect(electron.app.quit).toHaveBeenCalledTimes(1);
  });

  it('asks; "Keep sending" closes the window into a tray icon that says when the next sends are due', async () => {
    await start();
    answer(0);
    closeWindow();
    expect(windows()).toHaveLength(1);
    const [, options] = electron.dialog.showMessageBox.mock.calls[0] as [unknown, Record<string, unknown>];
    expect(options).toMatchObject({
      message: 'Keep sending in the background?',
      buttons: ['Keep sending in the background', 'Quit', 'Cancel'],
      cancelId: 2,
    });
    await settle();
    electron.app.emit('window-all-closed');

    expect(windows()).toHaveLength(0);
    expect(electron.app.quit).not.toHaveBeenCalled();
    const [tray] = trays();
    expect(tray!.toolTip).toBe('Journey Studio is sending in the background. Next sends due in 5 min.');
    expect(menuOf(tray!).map((item) => item.label ?? item.type)).toEqual([
      'Next sends due in 5 min',
      'separator',
      'Open Journey Studio',
      'Quit',
    ]);
    expect(electron.nativeImage.createFromDataURL.mock.results[0]!.value.isEmpty()).toBe(false);

    // Open brings the window back and the tray goes; closing again asks again.
    menuOf(tray!)[2]!.click!();
    expect(windows()).toHaveLength(1);
    expect(tray!.destroyed).toBe(true);
    closeWindow();
    expect(electron.dialog.showMessageBox).toHaveBeenCalledTimes(2);
  });

  it('the tray keeps its next-sends line up to date, and its Quit quits', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    await start();
    answer(0);
    closeWindow();
    await settle();
    const [tray] = trays();
    state.due = Date.now() + 3 * 60 * MINUTE + 5 * MINUTE;
    vi.advanceTimersByTime(TRAY_REFRESH_MS);
    expect(tray!.toolTip).toBe('Journey Studio is sending in the background. Next sends due in 3 h 5 min.');
    menuOf(tray!)[3]!.click!();
    expect(electron.app.quit).toHaveBeenCalledTimes(1);
    electron.app.emit('before-quit');
    expect(tray!.destroyed).toBe(true);
  });

  it('"Quit" quits, and the windows it then closes ask nothing', async () => {
    await start();
    answer(1);
    closeWindow();
    await settle();
    expect(electron.app.quit).toHaveBeenCalledTimes(1);
    electron.app.emit('before-quit');
    closeWindow();
    expect(windows()).toHaveLength(0);
    expect(electron.dialog.showMessageBox).toHaveBeenCalledTimes(1);
    expect(trays()).toHaveLength(0);
  });

  it('"Cancel" keeps the window open and shows no tray', async () => {
    await start();
    answer(2);
    closeWindow();
    await settle();
    expect(windows()).toHaveLength(1);
    expect(trays()).toHaveLength(0);
    expect(electron.app.quit).not.toHaveBeenCalled();
  });
});

describe('nextSendsText', () => {
  const now = Date.UTC(2026, 0, 5, 12, 0);
  it('says how long until the next sends', () => {
    expect(nextSendsText(null, now)).toBe('No sends are due');
    expect(nextSendsText(now - 1000, now)).toBe('Next sends: due now');
    expect(nextSendsText(now + 30_000, now)).toBe('Next sends due in 1 min');
    expect(nextSendsText(now + 59 * MINUTE, now)).toBe('Next sends due in 59 min');
    expect(nextSendsText(now + 120 * MINUTE, now)).toBe('Next sends due in 2 h');
    expect(nextSendsText(now + 3 * 24 * 60 * MINUTE, now)).toBe('Next sends due in 3 days');
  });
});
