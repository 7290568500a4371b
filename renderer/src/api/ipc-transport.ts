import type { Envelope, PreloadBridge, Transport } from '../../../shared/contract/index';

/**
 * The desktop app has no need to stream files through IPC: it imports a picked file in place by
 * its path and saves through its own dialog, so upload and download methods are browser-only.
 */
function browserOnly(service: string, method: string): Extract<Envelope, { ok: false }> {
  return {
    ok: false,
    error: {
      code: 'UNAVAILABLE',
      message: `${service}.${method} sends a file over HTTP, which only the browser host does; the desktop app reads and saves files in place.`,
    },
  };
}

/** Inside Electron: the preload's bridge already speaks the transport's language. */
export function createIpcTransport(bridge: PreloadBridge): Transport {
  return {
    host: 'electron',
    invoke: (service, method, input) => bridge.invoke(service, method, input),
    upload: async (service, method) => browserOnly(service, method),
    download: async (service, method) => browserOnly(service, method),
    subscribe: (event, listener) => bridge.on(event, listener),
  };
}
