import type { Transport } from '../../../shared/contract/client';
import { createHttpTransport } from './http-transport';
import { createIpcTransport } from './ipc-transport';
import { pageHost } from './page-host';
import { takeTokenFromLocation } from './token';

/**
 * The page's one transport: the preload's bridge in the desktop app, HTTP with this tab's token in
 * a browser. It imports no schema, so it can be made (and used) before the rest of the app loads.
 */
export function createAppTransport(win: Window = window): Transport {
  const host = pageHost(win);
  if (host.kind === 'electron') return createIpcTransport(host.bridge);
  const token = takeTokenFromLocation(win.location, win.history, win.sessionStorage);
  return createHttpTransport(new URL('./', win.location.href).href, token);
}
