import type { Session, Shell, WebContents } from 'electron';
import { isAppUrl, isSafeExternalUrl } from './app-url';

type GuardedContents = Pick<WebContents, 'setWindowOpenHandler' | 'on'>;

export interface GuardOptions {
  /** When given, https links the page tries to open in a new window go to the user's browser. */
  openExternal?: Shell['openExternal'];
  onOpenExternalError?: (error: unknown, url: string) => void;
}

/**
 * The app is one page on one origin: it never needs a second window, a <webview> or a
 * navigation away from itself, so all three are refused. A link to elsewhere that got rendered
 * (help pages, provider consoles) is handed to the system browser instead.
 */
export function guardWebContents(contents: GuardedContents, options: GuardOptions = {}): void {
  const { openExternal, onOpenExternalError } = options;
  contents.setWindowOpenHandler(({ url }) => {
    if (openExternal && isSafeExternalUrl(url)) {
      openExternal(url).catch((error: unknown) => onOpenExternalError?.(error, url));
    }
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
