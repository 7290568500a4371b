import type { SenderStatus } from '../../shared/contract/index';
import type { EngineStore } from './engine/engine-store';
import type { EventIngress, EventsRecordedListener } from './engine/event-ingress';
import type { EventBus } from './event-bus';
import type { ApiKeys } from './events/api-key';
import type { Clock } from './ports/clock';
import type { NativeDialogs } from './ports/native-dialogs';
import type { RenderPipeline } from './rendering/render-pipeline';
import type { SecretStore } from './secrets/secret-store';
import type { ChannelProviders } from './providers/channel-providers';
import type { Store } from './store/store';

/** Everything a service needs from its surroundings; tests build one with a temp data dir. */
export interface ServiceContext {
  store: Store;
  events: EventBus;
  clock: Clock;
  /** The clock's time as a Date. */
  now: () => Date;
  newId: () => string;
  host: 'electron' | 'browser';
  dataDir: string;
  appVersion: string;
  /** File dialogs of the desktop host; null in browser mode, where the page downloads and uploads. */
  dialogs: NativeDialogs | null;
  /** The one rendering pipeline: previews, test sends and the sender all go through it. */
  renderer: RenderPipeline;
  /**
   * Customer field keys a template may use without the sample profile defining them. A provider
   * rather than a list: user-defined customer fields will change while the app runs.
   */
  knownCustomerFields: () => readonly string[];
  /** Provider passwords and tokens, webhook credentials: encrypted at rest, read where used. */
  secrets: SecretStore;
  /** The provider each channel sends through (the Outbox until one is configured): test sends use it. */
  providers: ChannelProviders;
  /** The events API's key: only its digest is stored. */
  apiKeys: ApiKeys;
  /** The one way events enter the sending half (API, CLI, the test-event dialog, outbox clicks). */
  eventIngress: EventIngress;
  /** Tells the listener (the engine) after every ingest that recorded new events; returns the unsubscribe. */
  onEventsRecorded(listener: EventsRecordedListener): () => void;
  /**
   * The engine's state on this connection (runs, wake-ups, step log), behind its port: what
   * lifecycle calls read and change of it (who is in flight, moving runs to a new version).
   */
  engineStore: EngineStore;
  /** Whether this process sends (holds the data folder's sending lease), stands by, or runs no engine. */
  sender(): SenderStatus;
}
