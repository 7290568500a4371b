import type { BaseWindow, Dialog, HandlerDetails, MessageBoxOptions, Shell } from 'electron';
import { isSafeExternalUrl } from './app-url';

export interface ExternalLinkDeps {
  shell: Pick<Shell, 'openExternal'>;
  dialog: Pick<Dialog, 'showMessageBox'>;
  getWindow?: () => BaseWindow | null | undefined;
  onError?: (error: unknown, url: string) => void;
}

/** What a click on a link with target="_blank" produces; window.open with window features gives "new-window". */
const CLICKED = new Set<HandlerDetails['disposition']>(['foreground-tab', 'background-tab']);

export function confirmOptions(url: string): MessageBoxOptions {
  return {
    type: 'question',
    title: 'Open link',
    message: 'Open this link in your web browser?',
    // The whole address, so a look-alike host or a long query is seen before anything opens.
    detail: url,
    buttons: ['Cancel', 'Open in Browser'],
    defaultId: 0,
    cancelId: 0,
    noLink: true,
  };
}

/**
 * Hands a clicked http(s) link to the system browser, but only after the user has seen the
 * address and agreed: links come from previews of content anyone may have written. While one
 * question is open further requests are dropped, so a page cannot bury the user in dialogs.
 */
export function createExternalLinkOpener(
  deps: ExternalLinkDeps,
): (details: Pick<HandlerDetails, 'url' | 'disposition' | 'postBody'>) => void {
  let asking = false;
  return (details) => {
    const { url } = details;
    if (asking || !CLICKED.has(details.disposition) || details.postBody !== undefined || !isSafeExternalUrl(url))
      return;
    asking = true;
    const win = deps.getWindow?.();
    const options = confirmOptions(url);
    const answer =
      win && !win.isDestroyed() ? deps.dialog.showMessageBox(win, options) : deps.dialog.showMessageBox(options);
    answer
      .then(({ response }) => {
        if (response !== 1) return undefined;
        // Reviewed for Electronegativity: a clicked http(s) URL without credentials, which the
        // user has just read in full and agreed to open.
        return deps.shell.openExternal(url); // eng-disable OPEN_EXTERNAL_JS_CHECK
      })
      .catch((error: unknown) => deps.onError?.(error, url))
      .finally(() => (asking = false));
  };
}
