import type { HandlerDetails, Session, WebContents } from 'electron';
import { isAppUrl } from './app-url';

type GuardedContents = Pick<WebContents, 'setWindowOpenHandler' | 'on'>;

export interface GuardOptions {
  /** When given, it decides whether a link the page opens in a new window goes to the user's browser. */
  openLink?: (details: HandlerDetails) => void;
}

/**
 * The app is one page on one origin: it never needs a second window, a <webview> or a
 * navigation away from itself, so all three are refused. A link to elsewhere that got rendered
 * (a link in a template preview, say) may go to the system browser once the user agrees.
 */
export function guardWebContents(contents: GuardedContents, options: GuardOptions = {}): void {
  contents.setWindowOpenHandler((details) => {
    options.openLink?.(details);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
}

/** Nothing the app does needs camera, notifications, geolocation or the like, so nothing is granted. */
export function denyAllPermissions(
  session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>,
): void {
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
