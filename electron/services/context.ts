import type { EventBus } from './event-bus';
import type { NativeDialogs } from './ports/native-dialogs';
import type { Store } from './store/store';

/** Everything a service needs from its surroundings; tests build one with a temp data dir. */
export interface ServiceContext {
  store: Store;
  events: EventBus;
  now: () => Date;
  newId: () => string;
  host: 'electron' | 'browser';
  dataDir: string;
  appVersion: string;
  /** File dialogs of the desktop host; null in browser mode, where the page downloads and uploads. */
  dialogs: NativeDialogs | null;
}
