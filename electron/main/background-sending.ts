import type { BrowserWindow, Dialog, Event, Menu, MenuItemConstructorOptions, NativeImage, Tray } from 'electron';

/** The tray icon: a 32×32 PNG (the app's blue disc), so nothing outside the bundle is needed. */
const TRAY_ICON_DATA_URL =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAACAAAAAgCAYAAABzenr0AAAA1klEQVR42mNgGGrAOvq2KBB7AHE2ENdCcTZUTJRWlrJALTkCxP8J4CNQtSzUshxk2AsiLEbHID3ZlAb1JjIsRsebSI4aoAY1IL5GBcthGGSWGik+p6blyI4QJcYBm2hgOTw6iElw/2mMs/FltRd0cMALrFmUTr7HHQpEFjJwjA5IdMARbCmfLIspcIgosgM8BsABHiTHP7GA5HQArdHo7YDaQeWAAY+CAU+EA5sNB7wgGixF8cBWRgNeHQ+KBsmgaJINeKN0UDTLB0XHZNB0zQZF55SWAAB2sxWmgXKAyQAAAABJRU5ErkJggg==';

/** How often the tray's "next sends" line is brought up to date while it shows. */
export const TRAY_REFRESH_MS = 30_000;

export type CloseChoice = 'background' | 'quit' | 'cancel';

export interface BackgroundSendingDeps {
  Tray: new (image: NativeImage) => Tray;
  Menu: Pick<typeof Menu, 'buildFromTemplate'>;
  nativeImage: { createFromDataURL(dataUrl: string): NativeImage };
  dialog: Pick<Dialog, 'showMessageBox'>;
  /** Whether any journey is live and not paused: only then is there something to keep sending. */
  hasActiveJourneys(): boolean;
  /** When the earliest pending step is due (engine.nextDue()), or null. */
  nextDue(): number | null;
  now(): number;
  openWindow(): void;
  quit(): void;
  onError?(error: unknown): void;
}

export interface BackgroundSending {
  /** The window's close handler: asks first while journeys are active; the app then keeps running or quits. */
  onWindowClose(event: Pick<Event, 'preventDefault'>, win: BrowserWindow): void;
  /** Told when the app is quitting: closing windows then asks nothing. */
  quitting(): void;
  /** Whether the app runs on with no window (the tray is shown): window-all-closed must not quit it. */
  active(): boolean;
}

/** "in 3 min", "in 2 h 5 min", "in 3 days": how long until the next sends, for the tray. */
export function nextSendsText(due: number | null, now: number): string {
  if (due === null) return 'No sends are due';
  const minutes = Math.ceil((due - now) / 60_000);
  if (minutes <= 0) return 'Next sends: due now';
  if (minutes < 60) return `Next sends due in ${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `Next sends due in ${hours} h${minutes % 60 ? ` ${minutes % 60} min` : ''}`;
  return `Next sends due in ${Math.floor(hours / 24)} days`;
}

/**
 * Closing the window while journeys are active asks whether to keep sending in the background:
 * the app then lives on in a tray icon (its tooltip and menu say when the next sends are due;
 * Open brings the window back, Quit quits) instead of quitting.
 */
export function createBackgroundSending(deps: BackgroundSendingDeps): BackgroundSending {
  let quitting = false;
  let asking = false;
  /** The user chose to keep sending: the window's next close goes through without asking. */
  let closeDecided = false;
  let tray: Tray | null = null;
  let refresh: NodeJS.Timeout | null = null;

  function updateTray(): void {
    if (tray === null) return;
    const next = nextSendsText(deps.nextDue(), deps.now());
    tray.setToolTip(`Journey Studio is sending in the background. ${next}.`);
    tray.setContextMenu(
      deps.Menu.buildFromTemplate([
        { label: `${next}`, enabled: false },
        { type: 'separator' },
        { label: 'Open Journey Studio', click: openFromTray },
        { label: 'Quit', click: () => deps.quit() },
      ] satisfies MenuItemConstructorOptions[]),
    );
  }

  function showTray(): void {
    if (tray !== null) return;
    tray = new deps.Tray(deps.nativeImage.createFromDataURL(TRAY_ICON_DATA_URL));
    tray.on('click', openFromTray);
    updateTray();
    refresh = setInterval(updateTray, TRAY_REFRESH_MS);
    refresh.unref();
  }

  function removeTray(): void {
    if (refresh !== null) clearInterval(refresh);
    refresh = null;
    tray?.destroy();
    tray = null;
  }

  function openFromTray(): void {
    removeTray();
    deps.openWindow();
  }

  async function ask(win: BrowserWindow): Promise<CloseChoice> {
    const { response } = await deps.dialog.showMessageBox(win, {
      type: 'question',
      title: 'Journeys are active',
      message: 'Keep sending in the background?',
      detail: `Active journeys send only while Journey Studio runs. ${nextSendsText(deps.nextDue(), deps.now())}.`,
      buttons: ['Keep sending in the background', 'Quit', 'Cancel'],
      defaultId: 0,
      cancelId: 2,
      noLink: true,
    });
    return response === 0 ? 'background' : response === 1 ? 'quit' : 'cancel';
  }

  return {
    onWindowClose(event, win) {
      if (quitting || closeDecided) {
        closeDecided = false;
        return;
      }
      let active = false;
      try {
        active = deps.hasActiveJourneys();
      } catch (error) {
        deps.onError?.(error);
      }
      if (!active) return;
      event.preventDefault();
      if (asking) return;
      asking = true;
      ask(win)
        .then(
          (choice) => {
            if (choice === 'quit') return deps.quit();
            if (choice === 'cancel') return;
            showTray();
            closeDecided = true;
            if (!win.isDestroyed()) win.close();
          },
          (error: unknown) => deps.onError?.(error),
        )
        .finally(() => (asking = false));
    },
    quitting() {
      quitting = true;
      removeTray();
    },
    active: () => tray !== null,
  };
}
