import type { Clock } from '../ports/clock';
import { createChannelProviders } from '../providers/channel-providers';
import type { ClosableProvider } from '../providers/provider-implementation';
import type { SecretStore } from '../secrets/secret-store';
import type { Store } from '../store/store';

export interface EngineProviderSetup {
  /** The connection of the thread the engine runs on: the provider writes through it. */
  store: Store;
  clock: Clock;
  newId: () => string;
  /**
   * The secrets providers are built with. Without it a provider that needs one refuses every send
   * as temporary ("secrets are not available"), and the engine retries and falls back.
   */
  secrets?: SecretStore;
  /** HTTP providers call through this: the global fetch unless given. */
  fetch?: typeof fetch;
  /** Where providers post delivery reports (this installation's API), or null. */
  deliveryReportBaseUrl?: string | null;
  onError?: (error: unknown, where: string) => void;
}

/**
 * The provider the engine sends through, built on the engine's own thread from what it can reach
 * there (its connection, its clock, its secrets): a function rather than an object, so the engine
 * worker can construct it. Each message goes to its channel's provider as Settings → Channels has
 * it at that moment (the Outbox unless one is set up); closing it closes the providers.
 */
export function createEngineProvider(setup: EngineProviderSetup): ClosableProvider {
  const channels = createChannelProviders({ ...setup, secrets: setup.secrets ?? null });
  return { ...channels.router(), close: () => channels.close() };
}
