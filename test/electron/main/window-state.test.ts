import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BrowserWindow } from 'electron';
import {
  DEFAULT_WINDOW_STATE,
  loadWindowState,
  saveWindowState,
  trackWindowState,
  WINDOW_STATE_FILE,
} from '../../../electron/main/window-state';
import { createFakeElectron, fakeDisplay, type FakeElectron } from '../../__mocks__/electron';
import { useTempDir } from '../../support/temp-dir';

vi.mock('electron', () => import('../../__mocks__/electron'));

const tempDir = useTempDir('journey-studio-window-state-');

describe('loadWindowState', () => {
  let electron: FakeElectron;
  let file: string;

  beforeEach(() => {
    electron = createFakeElectron();
    file = path.join(tempDir(), WINDOW_STATE_FILE);
  });

  it('gives defaults when there is no file', () => {
    expect(loadWindowState(file, electron.screen)).toEqual(DEFAULT_WINDOW_STATE);
  });

  it.each([
    ['not JSON', '{"x": 1,'],
    ['a string', '"hello"'],
    ['null', 'null'],
    ['width as text', JSON.stringify({ x: 0, y: 0, width: '800', height: 600, isMaximized: false })],
    ['a negative size', JSON.stringify({ x: 0, y: 0, width: -5, height: 600, isMaximized: false })],
    ['fractions', JSON.stringify({ x: 0.5, y: 0, width: 800, height: 600, isMaximized: false })],
    ['no maximised flag', JSON.stringify({ x: 0, y: 0, width: 800, height: 600 })],
  ])('gives defaults for a corrupt file (%s)', (_label, content) => {
    fs.writeFileSync(file, content);
    expect(loadWindowState(file, electron.screen)).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('restores valid bounds that are on screen', () => {
    const saved = { x: 200, y: 150, width: 1100, height: 700, isMaximized: true };
    fs.writeFileSync(file, JSON.stringify(saved));
    expect(loadWindowState(file, electron.screen)).toEqual(saved);
  });

  it('restores bounds on a second display', () => {
    electron.screen.displays.push(fakeDisplay(2, { x: 1920, y: 0, width: 2560, height: 1440 }));
    const saved = { x: 2400, y: 300, width: 1200, height: 800, isMaximized: false };
    fs.writeFileSync(file, JSON.stringify(saved));
    expect(loadWindowState(file, electron.screen)).toEqual(saved);
  });

  it.each([
    ['right of every display (monitor unplugged)', { x: 2400, y: 300 }],
    ['far above', { x: 100, y: -5000 }],
    ['only a sliver visible', { x: 1900, y: 100 }],
  ])('falls back to centred defaults when %s', (_label, position) => {
    fs.writeFileSync(file, JSON.stringify({ ...position, width: 1200, height: 800, isMaximized: true }));
    const state = loadWindowState(file, electron.screen);
    expect(state).toEqual({ ...DEFAULT_WINDOW_STATE, isMaximized: true });
    expect(state).not.toHaveProperty('x');
  });

  it('keeps a saved size without position and lets the window centre', () => {
    fs.writeFileSync(file, JSON.stringify({ width: 900, height: 650, isMaximized: false }));
    expect(loadWindowState(file, electron.screen)).toEqual({ width: 900, height: 650, isMaximized: false });
  });
});

describe('saveWindowState / trackWindowState', () => {
  let dir: string;
  let file: string;
  let electron: FakeElectron;

  beforeEach(() => {
    dir = tempDir();
    file = path.join(dir, 'nested', WINDOW_STATE_FILE);
    electron = createFakeElectron();
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  const read = () => JSON.parse(fs.readFileSync(file, 'utf8')) as unknown;

  it('round-trips through the file and leaves no temp files behind', () => {
    saveWindowState(file, { x: 1, y: 2, width: 800, height: 600, isMaximized: false });
    expect(loadWindowState(file, electron.screen)).toEqual({ x: 1, y: 2, width: 800, height: 600, isMaximized: false });
    expect(fs.readdirSync(path.dirname(file))).toEqual([WINDOW_STATE_FILE]);
  });

  it('saves the normal bounds and maximised state on close', () => {
    const win = new electron.BrowserWindow({ x: 50, y: 60, width: 1000, height: 700 });
    trackWindowState(win as unknown as BrowserWindow, file);
    win.maximized = true;
    win.close();
    expect(read()).toEqual({ x: 50, y: 60, width: 1000, height: 700, isMaximized: true });
  });

  it('saves once, debounced, while the window is moved and resized', () => {
    vi.useFakeTimers();
    const win = new electron.BrowserWindow({ x: 0, y: 0, width: 900, height: 600 });
    trackWindowState(win as unknown as BrowserWindow, file, { debounceMs: 300 });
    const write = vi.spyOn(fs, 'renameSync');
    for (let i = 1; i <= 5; i += 1) {
      win.normalBounds = { x: i * 10, y: i * 5, width: 900 + i, height: 600 };
      win.emit(i % 2 ? 'move' : 'resize');
      vi.advanceTimersByTime(100);
    }
    expect(fs.existsSync(file)).toBe(false);
    vi.advanceTimersByTime(300);
    expect(write).toHaveBeenCalledTimes(1);
    expect(read()).toEqual({ x: 50, y: 25, width: 905, height: 600, isMaximized: false });
    write.mockRestore();
  });

  it('does not overwrite the state with a minimised window’s bounds', () => {
    const win = new electron.BrowserWindow({ x: 0, y: 0, width: 900, height: 600 });
    trackWindowState(win as unknown as BrowserWindow, file);
    win.minimized = true;
    win.close();
    expect(fs.existsSync(file)).toBe(false);
  });

  it('reports a failed save instead of throwing out of the close handler', () => {
    const blocker = path.join(dir, 'blocker');
    fs.writeFileSync(blocker, 'a file where a folder should be');
    const onError = vi.fn();
    const win = new electron.BrowserWindow({});
    trackWindowState(win as unknown as BrowserWindow, path.join(blocker, WINDOW_STATE_FILE), { onError });
    expect(() => win.close()).not.toThrow();
    expect(onError).toHaveBeenCalledTimes(1);
  });
});
