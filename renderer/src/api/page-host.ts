import { BRIDGE_GLOBAL, type PreloadBridge } from '../../../shared/contract/bridge';

export type AppHost = 'electron' | 'browser';

/**
 * Which host this page runs in, asked here and nowhere else: the desktop app's preload puts its
 * bridge on the window (IPC, native dialogs, files by path); a browser has none and talks HTTP to
 * `journey-studio serve`.
 */
export type PageHost = { kind: 'electron'; bridge: PreloadBridge } | { kind: 'browser' };

export function pageHost(win: Window = window): PageHost {
  const bridge = (win as unknown as Record<string, PreloadBridge | undefined>)[BRIDGE_GLOBAL];
  return bridge ? { kind: 'electron', bridge } : { kind: 'browser' };
}

/** In the desktop app a file the user picked or dropped has a path, and is read in place. */
export function nativePathOf(file: File, host: PageHost = pageHost()): string | null {
  if (host.kind !== 'electron') return null;
  const path = host.bridge.pathForFile(file);
  return typeof path === 'string' && path !== '' ? path : null;
}
