import fs from 'node:fs';
import path from 'node:path';
import type { BrowserWindow, Rectangle } from 'electron';
import { z } from 'zod';

export const WINDOW_STATE_FILE = 'window-state.json';

const WindowStateSchema = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(200).max(100_000),
  height: z.number().int().min(150).max(100_000),
  isMaximized: z.boolean(),
});
export type WindowState = z.infer<typeof WindowStateSchema>;

/** No x/y: BrowserWindow centres a window that has no position. */
export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 800, isMaximized: false };

/** The slice of Electron's screen module needed here. */
export interface DisplaySource {
  getAllDisplays(): Array<{ workArea: Rectangle }>;
}

/** How much of the window must lie on a display for the user to be able to grab it. */
const MIN_VISIBLE = { width: 100, height: 50 };

function overlap(a: Rectangle, b: Rectangle): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

/** A monitor unplugged since last time can leave saved bounds entirely off screen. */
export function isVisibleOnSomeDisplay(bounds: Rectangle, screen: DisplaySource): boolean {
  return screen.getAllDisplays().some((display) => {
    const shared = overlap(bounds, display.workArea);
    return shared.width >= MIN_VISIBLE.width && shared.height >= MIN_VISIBLE.height;
  });
}

/** Whatever is on disk, the answer is usable: missing, corrupt or off-screen state gives defaults. */
export function loadWindowState(file: string, screen: DisplaySource): WindowState {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return { ...DEFAULT_WINDOW_STATE };
  }
  const parsed = WindowStateSchema.safeParse(raw);
  if (!parsed.success) return { ...DEFAULT_WINDOW_STATE };
  const state = parsed.data;
  if (state.x === undefined || state.y === undefined) {
    return { width: state.width, height: state.height, isMaximized: state.isMaximized };
  }
  const bounds = { x: state.x, y: state.y, width: state.width, height: state.height };
  if (!isVisibleOnSomeDisplay(bounds, screen)) return { ...DEFAULT_WINDOW_STATE, isMaximized: state.isMaximized };
  return state;
}

/** Written via a temp file and rename so a crash mid-write never leaves half a JSON file. */
export function saveWindowState(file: string, state: WindowState): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temp, JSON.stringify(state));
  fs.renameSync(temp, file);
}

type TrackedWindow = Pick<BrowserWindow, 'on' | 'isDestroyed' | 'isMaximized' | 'isMinimized' | 'getNormalBounds'>;

export interface TrackOptions {
  debounceMs?: number;
  onError?: (error: unknown) => void;
}

/**
 * Saves on close and, debounced, while the user moves or resizes, so a crash or a forced quit
 * still remembers roughly where the window was. Normal bounds are stored, so a maximised window
 * restores to the size it had before being maximised.
 */
export function trackWindowState(win: TrackedWindow, file: string, options: TrackOptions = {}): () => void {
  const debounceMs = options.debounceMs ?? 500;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const save = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    // A minimised window reports bounds of its taskbar button on some platforms; keep the old ones.
    if (win.isDestroyed() || win.isMinimized()) return;
    const { x, y, width, height } = win.getNormalBounds();
    const state = { x: Math.round(x), y: Math.round(y), width: Math.round(width), height: Math.round(height) };
    try {
      saveWindowState(file, { ...state, isMaximized: win.isMaximized() });
    } catch (error) {
      // Losing the window position must never stop the app from working or closing.
      options.onError?.(error);
    }
  };
  const saveSoon = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(save, debounceMs);
  };

  win.on('resize', saveSoon);
  win.on('move', saveSoon);
  win.on('close', save);
  return () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
}
