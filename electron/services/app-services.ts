import { randomUUID } from 'node:crypto';
import {
  ApiError,
  contract,
  createDispatcher,
  type Contract,
  type ContractImpl,
  type Dispatcher,
} from '../../shared/contract/index';
import { CURRENT_SCHEMA_VERSION } from '../../shared/model/index';
import { BUILTIN_CUSTOMER_FIELDS } from '../../shared/templates/undefined-variables';
import { knownSettingProblem } from '../../shared/guided/known-settings';
import type { ServiceContext } from './context';
import { EventBus } from './event-bus';
import type { NativeDialogs } from './ports/native-dialogs';
import { createAudienceService, createContactsService, createListsService } from './audience/contacts-service';
import { createFieldsService } from './audience/fields-service';
import type { EventIngress, EventsRecordedListener } from './engine/event-ingress';
import { createSqliteEventIngress } from './engine/sqlite-event-ingress';
import { API_KEY_SETTING, createApiKeys } from './events/api-key';
import { createEventsApiService, createEventsService, DESKTOP_PORT_SETTING } from './events/events-service';
import { createExchangeService } from './exchange/exchange-service';
import { createImportsService, type ImportsServiceOptions } from './import/imports-service';
import { uploadsSweeper } from './import/uploads-sweeper';
import { createJourneysService } from './journeys-service';
import { createVersionsService } from './lifecycle/versions-service';
import { createProfilesService } from './profiles-service';
import { threadId } from 'node:worker_threads';
import { createJourneyEngine, type EngineOptions } from './engine/engine';
import { hostEngineInWorker, type HostedEngine } from './engine/engine-host';
import type { EngineStore } from './engine/engine-store';
import { senderStatus } from './engine/sender-status';
import { createSqliteEngineStore } from './engine/sqlite-engine-store';
import { createPublishedJourneysService } from './journey-api/published-journeys-service';
import { forwardDeliveryReports } from './engine/delivery-reports';
import type { MessageProvider } from './providers/provider';
import { createMjmlRenderer, type MjmlRenderer } from './rendering/mjml-renderer';
import { createRenderPipeline } from './rendering/render-pipeline';
import type { Clock } from './ports/clock';
import { createBackground, type Background } from './runtime/background';
import { Disposables } from './runtime/disposables';
import { createRealClock } from './runtime/real-clock';
import { openStore } from './store/store';
import { createTemplatesService } from './templates-service';
import { createOutboxService } from './outbox/outbox-service';
import { createSecretStore } from './secrets/secret-store';
import { nodeSecretKey } from './secrets/secret-key-source';
import { createChannelProviders } from './providers/channel-providers';
import { createChannelsService } from './providers/channels-service';
import { createStatsService } from './stats/stats-service';
import { createTestSendService } from './test-send/test-send-service';
import { createSecretsService } from './secrets/secrets-service';
import { createSimulationService, type SimulationServiceOptions } from './simulation/simulation-service';
import { createBackends } from './publisher/backends-service';
import { createPublisherService } from './publisher/publisher-service';

/** Settings written only through their own methods: the API key's digest, the events API port. */
const MANAGED_SETTINGS = new Set([API_KEY_SETTING, DESKTOP_PORT_SETTING]);
/** A channel's provider: a plain word or null may be set directly, a provider setting only by channels.save. */
const CHANNEL_PROVIDER_SETTING = /^channels\.[a-z]+\.provider$/;

export function createServices(
  ctx: ServiceContext,
  imports: ImportsServiceOptions = {},
  simulation: SimulationServiceOptions = {},
): ContractImpl<Contract> {
  const backends = createBackends(ctx);
  return {
    app: {
      info: () => ({
        name: 'Journey Studio',
        version: ctx.appVersion,
        host: ctx.host,
        dataDir: ctx.dataDir,
        journeySchemaVersion: CURRENT_SCHEMA_VERSION,
        databaseVersion: ctx.store.version(),
        nativeDialogs: ctx.dialogs !== null,
      }),
    },
    journeys: createJourneysService(ctx),
    versions: createVersionsService(ctx),
    exchange: createExchangeService(ctx),
    templates: createTemplatesService(ctx),
    profiles: createProfilesService(ctx),
    fields: createFieldsService(ctx),
    contacts: createContactsService(ctx),
    lists: createListsService(ctx),
    audience: createAudienceService(ctx),
    imports: createImportsService(ctx, imports),
    outbox: createOutboxService(ctx, ctx.eventIngress),
    events: createEventsService(ctx),
    eventsApi: createEventsApiService(ctx, ctx.apiKeys),
    stats: createStatsService(ctx),
    sender: { status: () => ctx.sender() },
    testSend: createTestSendService(ctx),
    secrets: createSecretsService(ctx),
    channels: createChannelsService(ctx),
    simulation: createSimulationService(ctx, simulation),
    backends: backends.service,
    publisher: createPublisherService(ctx, backends),
    publishedJourneys: createPublishedJourneysService(ctx),
    settings: {
      getAll: () => {
        const { [API_KEY_SETTING]: _digest, ...visible } = ctx.store.settings.all();
        return visible;
      },
      set: ({ key, value }) => {
        if (MANAGED_SETTINGS.has(key))
          throw new ApiError('BAD_INPUT', `The setting "${key}" is changed through its own page, not directly.`);
        if (CHANNEL_PROVIDER_SETTING.test(key) && typeof value === 'object' && value !== null)
          throw new ApiError(
            'BAD_INPUT',
            `The setting "${key}" is set up through Settings → Channels (channels.save), which keeps its secrets in the secret store.`,
          );
        const problem = knownSettingProblem(key, value);
        if (problem !== null) throw new ApiError('BAD_INPUT', problem);
        ctx.store.settings.set(key, value);
        return { ok: true as const };
      },
    },
  };
}

/** A running core: the services behind one dispatcher, and what runs beside them until stop. */
export interface AppCore {
  context: ServiceContext;
  dispatcher: Dispatcher;
  events: EventBus;
  clock: Clock;
  /** Work that runs until the core stops (the journey engine plugs in here). */
  background: Background;
  /** Resources released on stop, in reverse order of registration. */
  disposables: Disposables;
  /**
   * The one way events enter the sending half (events API, CLI send-event, the app's test event,
   * outbox clicks): `core.ingress.ingest([...])`. A running engine in this process is told at once;
   * one in another process notices within a second.
   */
  ingress: EventIngress;
  /**
   * The journey engine when this core runs it (`engine` option), else null: on its worker thread
   * when `engine.workerPath` is given (the desktop app and `serve`), else in this thread.
   */
  engine: HostedEngine | null;
  /**
   * The engine's state on this core's connection, for any process: stats
   * (journeyStats), moving runs on activation and "stop: exit now" (the lifecycle service).
   */
  engineStore: EngineStore;
  /**
   * Stops the background work, then the workers and the store. Safe to call more than once;
   * rejects with a DisposeError naming what could not be released (everything else still is).
   */
  stop(): Promise<void>;
}

export interface StartCoreOptions {
  dataDir: string;
  host: ServiceContext['host'];
  appVersion: string;
  dialogs?: NativeDialogs;
  /**
   * The plain-JavaScript MJML worker (electron/services/rendering/mjml-worker.mjs, bundled beside
   * the other bundles by build.mjs). Without it every email render answers with an error diagnostic.
   */
  mjmlWorkerPath?: string;
  /**
   * An MJML worker owned by another core (the host's, already warm): used instead of starting one,
   * and left running when this core stops. A simulation's scratch core renders with it, so a run
   * pays neither for starting a worker nor for loading mjml cold.
   */
  sharedMjml?: MjmlRenderer;
  /** Defaults to the built-in and custom customer fields of the store. */
  knownCustomerFields?: () => readonly string[];
  /** Rows per import transaction (tests use small batches to see the boundaries). */
  importBatchSize?: number;
  /**
   * The bundled import worker (import-worker.mjs, built beside the bundles by build.mjs): large CSV
   * files are read and normalised on it while the main thread writes. Without it, in-process.
   */
  importWorkerPath?: string;
  /** Tests lower it to read small files on the import worker. */
  importWorkerMinBytes?: number;
  onInternalError?: (error: unknown, where: string) => void;
  /** Time and timers; the wall clock unless a test passes a virtual one. */
  clock?: Clock;
  /**
   * The 32-byte key the secrets are sealed with (the desktop app's is sealed by the system's key
   * store). Without it, JOURNEY_STUDIO_SECRET_KEY, else the data folder's key file (secret.key,
   * created 0600 on first use).
   */
  secretKey?: Buffer;
  /**
   * Run the journey engine in this core (the desktop app and `serve`; never the one-shot CLI
   * commands). It sends only while it holds the data folder's lease.
   */
  engine?: EngineHostOptions;
}

export type EngineHostOptions = Partial<
  Pick<EngineOptions, 'batchSize' | 'leaseMs' | 'watchMs' | 'fetch' | 'onLeadership' | 'holder'>
> & {
  /**
   * In this thread only: the provider messages go to; the engine's own (each channel's provider
   * from Settings → Channels, the Outbox by default) unless given (wrapping it; in tests a refusing one).
   */
  provider?: (outbox: MessageProvider) => MessageProvider;
  /**
   * The bundled engine worker (engine-worker.mjs, built beside the bundles by build.mjs): the
   * engine then runs on a worker thread with its own connection, on the wall clock, with the
   * provider it builds itself. Without it, in this thread on the core's clock (engine tests).
   */
  workerPath?: string;
  /** With a worker: how long after a crash it starts again (doubled after each crash in a row). */
  restartDelayMs?: number;
};

/** Another core's MJML worker, rendered with but not closed: its owner closes it. */
function borrowed(mjml: MjmlRenderer): MjmlRenderer {
  return {
    render: (source, options) => mjml.render(source, options),
    get workersStarted() {
      return mjml.workersStarted;
    },
    close: () => Promise.resolve(),
  };
}

/** Opens the store and wires every service behind one dispatcher: what both hosts start with. */
export function startCore(options: StartCoreOptions): AppCore {
  const clock = options.clock ?? createRealClock();
  const disposables = new Disposables();
  const events = new EventBus();
  // Before the store: an upgrade may move credentials out of journeys into the secret store.
  const secretKey = options.secretKey ?? nodeSecretKey(options.dataDir);
  const store = openStore(options.dataDir, { secretKey });
  disposables.add('store', () => store.close());
  const engineStore = createSqliteEngineStore(store.db);
  // The worker (and mjml with it) starts on the first email render, not here: startup stays light.
  const renderer = createRenderPipeline({
    mjml: options.sharedMjml
      ? borrowed(options.sharedMjml)
      : options.mjmlWorkerPath
        ? createMjmlRenderer({ workerPath: options.mjmlWorkerPath })
        : null,
  });
  disposables.add('rendering pipeline', () => renderer.close());
  const recordedListeners = new Set<EventsRecordedListener>();
  const now = () => new Date(clock.now());
  const secrets = createSecretStore(store.db, secretKey, () => clock.now());
  const providers = createChannelProviders({ store, secrets, clock, newId: randomUUID });
  disposables.add('channel providers', () => providers.close());
  const context: ServiceContext = {
    store,
    events,
    clock,
    now,
    newId: randomUUID,
    host: options.host,
    dataDir: options.dataDir,
    appVersion: options.appVersion,
    dialogs: options.dialogs ?? null,
    renderer,
    knownCustomerFields:
      options.knownCustomerFields ??
      (() => [...BUILTIN_CUSTOMER_FIELDS, ...store.fields.list().map((field) => field.key)]),
    secrets,
    providers,
    apiKeys: createApiKeys(store.settings, now),
    eventIngress: createSqliteEventIngress({
      store,
      events: engineStore,
      clock,
      newId: randomUUID,
      onRecorded: () => {
        for (const listener of recordedListeners) {
          // The events are committed already: a failing listener must not turn their 202 into an error.
          try {
            listener();
          } catch (error) {
            options.onInternalError?.(error, 'events recorded listener');
          }
        }
      },
      onContactsChanged: () => events.emit('contactsChanged', { reason: 'edit' }),
    }),
    onEventsRecorded: (listener) => {
      recordedListeners.add(listener);
      return () => recordedListeners.delete(listener);
    },
    engineStore,
    sender: () => senderStatus(engine, engineStore),
  };
  const dispatcher = createDispatcher(
    contract,
    createServices(
      context,
      {
        batchSize: options.importBatchSize,
        workerPath: options.importWorkerPath,
        workerMinBytes: options.importWorkerMinBytes,
      },
      { mjmlWorkerPath: options.mjmlWorkerPath, mjml: renderer.mjml ?? undefined },
    ),
    { onInternalError: options.onInternalError },
  );
  const background = createBackground(disposables);
  // It starts synchronously, so it has swept once by the time startCore returns.
  void background.add(uploadsSweeper(options.dataDir, clock));
  let engine: HostedEngine | null = null;
  if (options.engine !== undefined) {
    const running = startEngine(options, { store, engineStore, clock, renderer, context, disposables, secretKey });
    engine = running;
    const unsubscribe = context.onEventsRecorded(() => running.notify());
    const unwatch = events.subscribe((event) => {
      if (event === 'journeyChanged' || event === 'contactsChanged') running.notify();
    });
    void background.add({
      name: 'journey engine',
      start: () => {
        running.start();
        return async () => {
          unsubscribe();
          unwatch();
          await running.stop();
        };
      },
    });
  }
  return {
    context,
    dispatcher,
    events,
    clock,
    background,
    disposables,
    ingress: context.eventIngress,
    engine,
    engineStore,
    stop: () => disposables.disposeAll(),
  };
}

interface EngineParts {
  store: ReturnType<typeof openStore>;
  engineStore: EngineStore;
  clock: Clock;
  renderer: ReturnType<typeof createRenderPipeline>;
  context: ServiceContext;
  disposables: Disposables;
  /** Handed to the engine worker, which seals and opens secrets on its own connection. */
  secretKey: Buffer;
}

/** The engine on its worker thread (workerPath), or in this thread; leadership changes reach the UI as senderChanged. */
function startEngine(options: StartCoreOptions, parts: EngineParts): HostedEngine {
  const engineOptions = options.engine!;
  const { store, engineStore, clock, renderer, context } = parts;
  const holder = engineOptions.holder ?? randomUUID();
  const tellSenderChanged = () => {
    try {
      context.events.emit('senderChanged', context.sender());
    } catch (error) {
      options.onInternalError?.(error, 'sender status');
    }
  };
  const onLeadership = (leading: boolean) => {
    engineOptions.onLeadership?.(leading);
    tellSenderChanged();
  };
  if (engineOptions.workerPath !== undefined) {
    if (engineOptions.provider !== undefined || engineOptions.fetch !== undefined)
      throw new Error('A provider or fetch function cannot be handed to the engine worker: it builds its own.');
    return hostEngineInWorker({
      workerPath: engineOptions.workerPath,
      setup: {
        dataDir: options.dataDir,
        holder,
        mjmlWorkerPath: options.mjmlWorkerPath ?? null,
        secretKey: parts.secretKey,
        batchSize: engineOptions.batchSize,
        leaseMs: engineOptions.leaseMs,
        watchMs: engineOptions.watchMs,
      },
      engineStore,
      clock,
      onError: options.onInternalError,
      onLeadership,
      onRunningChange: tellSenderChanged,
      restartDelayMs: engineOptions.restartDelayMs,
    });
  }
  // On this thread the engine shares the core's channel routing (closed with the core).
  const provider = (engineOptions.provider ?? ((routed) => routed))(context.providers.router());
  const stopReports = forwardDeliveryReports(
    provider,
    engineStore,
    (event) => context.eventIngress.ingest([event]),
    () => clock.now(),
  );
  if (stopReports) parts.disposables.add('delivery reports', stopReports);
  const engine = createJourneyEngine({
    ...engineOptions,
    holder,
    store,
    engineStore,
    clock,
    renderer,
    provider,
    secrets: context.secrets,
    knownCustomerFields: context.knownCustomerFields,
    onError: options.onInternalError,
    onLeadership,
  });
  return { ...engine, started: () => Promise.resolve(), threadId: () => threadId };
}
