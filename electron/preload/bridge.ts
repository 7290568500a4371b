import type { IpcRenderer, IpcRendererEvent, WebUtils } from 'electron';
import {
  IPC_EVENT_CHANNEL,
  IPC_INVOKE_CHANNEL,
  IPC_PICKED_FILE_CHANNEL,
  type PreloadBridge,
} from '../../shared/contract/bridge';
import type { Envelope } from '../../shared/contract/errors';

/**
 * The whole surface the page gets. Channels are fixed here, so page code can only reach the
 * one invoke handler main validates, and listeners receive the payload alone: the IPC event
 * object carries `sender` (ipcRenderer itself), which must never cross into the page.
 */
export function createPreloadBridge(
  ipcRenderer: Pick<IpcRenderer, 'invoke' | 'send' | 'on' | 'removeListener'>,
  webUtils: Pick<WebUtils, 'getPathForFile'>,
): PreloadBridge {
  return {
    // Only a File the user handed to the page has a path; anything else gives "". Main is told
    // before the page can use the path: messages from one frame arrive in order, so the import
    // call that follows finds it on main's list of picked files.
    pathForFile(file) {
      const path = webUtils.getPathForFile(file);
      if (path !== '') ipcRenderer.send(IPC_PICKED_FILE_CHANNEL, path);
      return path;
    },
    async invoke(service, method, input) {
      try {
        return (await ipcRenderer.invoke(IPC_INVOKE_CHANNEL, service, method, input)) as Envelope;
      } catch (error) {
        // Only happens when main has no handler (still starting, or shutting down).
        const detail = error instanceof Error ? error.message : String(error);
        return { ok: false, error: { code: 'UNAVAILABLE', message: `Journey Studio did not answer: ${detail}` } };
      }
    },
    on(event, listener) {
      if (typeof event !== 'string' || typeof listener !== 'function') {
        throw new TypeError('on(event, listener) needs an event name and a function.');
      }
      const handler = (_ipcEvent: IpcRendererEvent, name: unknown, payload: unknown) => {
        if (name === event) listener(payload);
      };
      ipcRenderer.on(IPC_EVENT_CHANNEL, handler);
      let subscribed = true;
      return () => {
        if (!subscribed) return;
        subscribed = false;
        ipcRenderer.removeListener(IPC_EVENT_CHANNEL, handler);
      };
    },
  };
}
