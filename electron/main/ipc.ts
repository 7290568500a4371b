import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL, IPC_PREFIX } from '../../shared/contract/bridge';
import type { Dispatcher } from '../../shared/contract/dispatch';
import type { ApiErrorPayload, Envelope } from '../../shared/contract/errors';
import { isAppUrl } from './app-url';

export type SenderCheck = (event: IpcMainInvokeEvent) => boolean;

function refusal(code: ApiErrorPayload['code'], message: string): Envelope {
  return { ok: false, error: { code, message } };
}

/**
 * Only the top frame of a page loaded from our own origin may call in. Subframes (template
 * previews) and anything that navigated elsewhere are refused even if they somehow reach the
 * preload, because whoever controls them could otherwise drive the whole API.
 */
export function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  try {
    const frame = event.senderFrame;
    if (!frame) return false;
    // parent === null alone also matches fenced-frame roots, and a detached frame is a page
    // being unloaded after a navigation; so the frame must also be the sender's live main frame
    // (compared by ids, which name the frame itself rather than its JS wrapper).
    const main = event.sender.mainFrame;
    if (frame.parent !== null || frame.detached) return false;
    if (frame.processId !== main.processId || frame.routingId !== main.routingId) return false;
    return isAppUrl(frame.url);
  } catch {
    // A frame disposed mid-call throws on property access; such a sender is not trusted.
    return false;
  }
}

/**
 * The one IPC entry point. It answers with an Envelope in every case, because an exception
 * thrown across IPC reaches the renderer as an opaque string with main's stack in it.
 */
export function registerIpc(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  dispatcher: Dispatcher,
  isTrusted: SenderCheck = isTrustedSender,
): () => void {
  const channel = IPC_INVOKE_CHANNEL;
  if (!channel.startsWith(IPC_PREFIX)) throw new Error(`IPC channel "${channel}" lacks the "${IPC_PREFIX}" prefix.`);

  ipcMain.handle(channel, async (event, service: unknown, method: unknown, input: unknown): Promise<Envelope> => {
    if (!isTrusted(event)) return refusal('FORBIDDEN', 'This window is not allowed to call Journey Studio.');
    if (typeof service !== 'string' || typeof method !== 'string') {
      return refusal('BAD_INPUT', 'A call needs a service name and a method name, both strings.');
    }
    try {
      return await dispatcher.dispatch(service, method, input);
    } catch {
      // The dispatcher promises never to throw; this keeps a bug there from leaking a stack.
      return refusal('INTERNAL', `${service}.${method} failed: an unexpected error occurred.`);
    }
  });
  return () => ipcMain.removeHandler(channel);
}

export interface EventSource {
  subscribe(listener: (event: string, payload: unknown) => void): () => void;
}

/** The slice of WebContents event forwarding needs. */
export interface EventReceiver {
  send(channel: string, ...args: unknown[]): void;
  isDestroyed(): boolean;
  once(event: 'destroyed', listener: () => void): unknown;
}

/** Pushes every core event to one window until it closes; returns the unsubscribe. */
export function forwardEvents(events: EventSource, webContents: EventReceiver): () => void {
  const unsubscribe = events.subscribe((event, payload) => {
    // Sending to a destroyed webContents throws; the window may close between emit and send.
    if (webContents.isDestroyed()) return;
    webContents.send(IPC_EVENT_CHANNEL, event, payload);
  });
  webContents.once('destroyed', unsubscribe);
  return unsubscribe;
}
