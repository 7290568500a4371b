import type { Clock } from '../ports/clock';
import { createOutboxProvider } from '../providers/outbox-provider';
import type { MessageProvider } from '../providers/provider';
import type { SecretStore } from '../secrets/secret-store';
import type { Store } from '../store/store';

export interface EngineProviderSetup {
  /** The connection of the thread the engine runs on: the provider writes through it. */
  store: Store;
  clock: Clock;
  newId: () => string;
  /** The data folder's secrets, opened on the engine's thread: provider passwords and tokens. */
  secrets: SecretStore;
}

/**
 * The provider the engine sends through, built on the engine's own thread from what it can reach
 * there (its connection, its clock): a function rather than an object, so the engine worker can
 * construct it. Today the outbox for every channel; channel providers configured in the settings
 * plug in here.
 */
export function createEngineProvider({ store, clock, newId }: EngineProviderSetup): MessageProvider {
  return createOutboxProvider(store.db, newId, () => clock.now());
}
