import type { Clock } from '../ports/clock';
import type { MessageProvider } from './provider';

/** What every provider is built with. */
export interface ProviderDeps {
  clock: Clock;
  newId: () => string;
  /** HTTP providers call through this: tests and the engine pass the global fetch. */
  fetch: typeof fetch;
  /**
   * The base URL of this installation's API where providers post delivery reports (status
   * callbacks), e.g. `http://127.0.0.1:7777`; null when nothing listens.
   */
  deliveryReportBaseUrl: string | null;
}

/** The answer of Test connection: a real call that sends nothing, in the provider's words. */
export type ConnectionCheck = { ok: true; detail: string } | { ok: false; error: string };

/** A channel provider as the sender and Settings → Channels use it. Config has its secrets resolved. */
export interface ProviderImplementation<Config> {
  create(config: Config, deps: ProviderDeps): ClosableProvider;
  testConnection(config: Config, deps: ProviderDeps): Promise<ConnectionCheck>;
}

export interface ClosableProvider extends MessageProvider {
  /** Releases pooled connections and timers. */
  close?(): Promise<void>;
}
