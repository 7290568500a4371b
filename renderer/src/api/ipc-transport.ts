import type { PreloadBridge, Transport } from '../../../shared/contract/index';

/** Inside Electron: the preload's bridge already speaks the transport's language. */
export function createIpcTransport(bridge: PreloadBridge): Transport {
  return {
    invoke: (service, method, input) => bridge.invoke(service, method, input),
    subscribe: (event, listener) => bridge.on(event, listener),
  };
}
