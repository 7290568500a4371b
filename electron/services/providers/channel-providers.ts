import type { Channel } from '../../../shared/model/index';
import type { Clock } from '../ports/clock';
import type { SecretStore } from '../secrets/secret-store';
import type { Store } from '../store/store';
import { createOutboxProvider } from './outbox-provider';
import type { MessageProvider } from './provider';

export interface ChannelProvidersSetup {
  store: Store;
  secrets: SecretStore;
  clock: Clock;
  newId: () => string;
}

/** The provider each channel sends through, as configured in Settings → Channels. */
export interface ChannelProviders {
  forChannel(channel: Channel): MessageProvider;
  /** One provider for the engine: each message goes to its channel's provider. */
  router(): MessageProvider;
  close(): Promise<void>;
}

/** Today every channel delivers into the Outbox; configured providers plug in here. */
export function createChannelProviders({ store, clock, newId }: ChannelProvidersSetup): ChannelProviders {
  const outbox = createOutboxProvider(store.db, newId, () => clock.now());
  return {
    forChannel: () => outbox,
    router: () => outbox,
    close: () => Promise.resolve(),
  };
}
