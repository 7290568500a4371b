import { beforeAll, describe, expect, it, vi } from 'vitest';
import {
  BRIDGE_GLOBAL,
  IPC_EVENT_CHANNEL,
  IPC_INVOKE_CHANNEL,
  IPC_PICKED_FILE_CHANNEL,
  type PreloadBridge,
} from '../../../shared/contract/bridge';
import { contextBridge, ipcRenderer } from '../../__mocks__/electron';

vi.mock('electron', () => import('../../__mocks__/electron'));

describe('preload', () => {
  let bridge: PreloadBridge;
  // Vitest clears mock calls before each test, so the count is taken right after loading.
  let exposeCalls = 0;

  beforeAll(async () => {
    await import('../../../electron/preload/index');
    exposeCalls = contextBridge.exposeInMainWorld.mock.calls.length;
    bridge = contextBridge.exposed.get(BRIDGE_GLOBAL) as PreloadBridge;
  });

  it('exposes exactly one global with only invoke, on and pathForFile', () => {
    expect(exposeCalls).toBe(1);
    expect([...contextBridge.exposed.keys()]).toEqual([BRIDGE_GLOBAL]);
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'on', 'pathForFile']);
    expect(typeof bridge.invoke).toBe('function');
    expect(typeof bridge.on).toBe('function');
  });

  it('gives the path of a file the user picked, and nothing for other files', () => {
    expect(bridge.pathForFile({ name: 'picked.csv' } as File)).toBe('/home/ada/picked.csv');
    expect(bridge.pathForFile({ name: 'made-up.csv' } as File)).toBe('');
  });

  it('tells main which paths the user picked, so main reads only those', () => {
    bridge.pathForFile({ name: 'made-up.csv' } as File);
    expect(ipcRenderer.send).not.toHaveBeenCalled();
    bridge.pathForFile({ name: 'picked.csv' } as File);
    expect(ipcRenderer.send).toHaveBeenCalledExactlyOnceWith(IPC_PICKED_FILE_CHANNEL, '/home/ada/picked.csv');
  });

  it('does not hand ipcRenderer (or anything holding it) to the page', () => {
    for (const value of Object.values(bridge)) {
      expect(value).not.toBe(ipcRenderer);
      expect(typeof value).toBe('function');
    }
  });

  it('invokes the one invoke channel and returns main’s envelope', async () => {
    ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, value: [1, 2] });
    await expect(bridge.invoke('journeys', 'list', {})).resolves.toEqual({ ok: true, value: [1, 2] });
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith(IPC_INVOKE_CHANNEL, 'journeys', 'list', {});
  });

  it('turns a missing main handler into an UNAVAILABLE envelope', async () => {
    ipcRenderer.invoke.mockRejectedValueOnce(new Error("No handler registered for 'journey-studio:invoke'"));
    await expect(bridge.invoke('journeys', 'list', {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'UNAVAILABLE' },
    });
  });

  it('routes events by name and passes the payload alone', () => {
    const changed = vi.fn();
    const templates = vi.fn();
    const stopChanged = bridge.on('journeyChanged', changed);
    const stopTemplates = bridge.on('templateChanged', templates);

    const ipcEvent = { sender: ipcRenderer, senderId: 0 };
    ipcRenderer.emit(IPC_EVENT_CHANNEL, ipcEvent, 'journeyChanged', { id: 'j1' });
    expect(changed).toHaveBeenCalledTimes(1);
    expect(changed.mock.calls[0]).toEqual([{ id: 'j1' }]);
    expect(templates).not.toHaveBeenCalled();

    ipcRenderer.emit(IPC_EVENT_CHANNEL, ipcEvent, 'templateChanged', { id: 't1' });
    expect(templates).toHaveBeenCalledWith({ id: 't1' });
    expect(changed).toHaveBeenCalledTimes(1);

    stopChanged();
    stopTemplates();
  });

  it('unsubscribes for good, and only its own listener', () => {
    const before = ipcRenderer.listenerCount(IPC_EVENT_CHANNEL);
    const first = vi.fn();
    const second = vi.fn();
    const stopFirst = bridge.on('journeyChanged', first);
    const stopSecond = bridge.on('journeyChanged', second);
    stopFirst();
    stopFirst();
    ipcRenderer.emit(IPC_EVENT_CHANNEL, {}, 'journeyChanged', { id: 'j2' });
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledTimes(1);
    stopSecond();
    expect(ipcRenderer.listenerCount(IPC_EVENT_CHANNEL)).toBe(before);
  });

  it('ignores events from other channels', () => {
    const listener = vi.fn();
    const stop = bridge.on('journeyChanged', listener);
    ipcRenderer.emit('journey-studio:other', {}, 'journeyChanged', {});
    expect(listener).not.toHaveBeenCalled();
    stop();
  });

  it('refuses a listener that is not a function', () => {
    expect(() => bridge.on('journeyChanged', 'alert(1)' as never)).toThrow(TypeError);
  });
});
