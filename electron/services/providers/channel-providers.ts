import { CHANNEL_IDS, type Channel } from '../../../shared/model/channel';
import { providerDescription } from '../../../shared/providers/index';
import { DELIVERY_REPORT_URL_SETTING, DeliveryReportUrlSchema } from '../../../shared/providers/delivery-report-url';
import type { Clock } from '../ports/clock';
import type { SecretStore } from '../secrets/secret-store';
import type { Store } from '../store/store';
import { channelProviderSettingKey } from '../lifecycle/configured-channels';
import { readChannelSetting, resolveStoredConfig } from './channel-config';
import { PROVIDER_IMPLEMENTATIONS } from './implementations';
import { createOutboxProvider } from './outbox-provider';
import type { DeliveryReportListener, MessageProvider, OutgoingMessage, SendResult } from './provider';
import type { ClosableProvider, ProviderDeps } from './provider-implementation';
import { createRefusingProvider } from './refusing-provider';

export interface ChannelProvidersSetup {
  /** The connection of the thread the providers run on: settings and secrets are read, the Outbox written, through it. */
  store: Store;
  /** Null where secrets cannot be read: a provider that needs one then refuses every send (temporary). */
  secrets: SecretStore | null;
  clock: Clock;
  newId: () => string;
  /** The global fetch unless given. */
  fetch?: typeof fetch;
  /** Where providers post delivery reports (this installation's API), or null when nothing listens. */
  deliveryReportBaseUrl?: string | null;
  /** Told when a replaced provider fails to close. */
  onError?: (error: unknown, where: string) => void;
}

/** The provider each channel sends through, as configured in Settings → Channels. */
export interface ChannelProviders {
  /** The provider a message on this channel goes to now (the Outbox unless one is set up). */
  forChannel(channel: Channel): MessageProvider;
  /** The Outbox itself, whatever the channels are routed to: for a test that is to be kept, not delivered. */
  outbox(): MessageProvider;
  /** One provider for the engine: each message goes to its channel's provider. */
  router(): MessageProvider;
  /** The settings or secrets were just written on this connection: the next send looks at once. */
  changed(): void;
  /** What providers are built with here: Test connection uses the same. */
  deps(): ProviderDeps;
  close(): Promise<void>;
}

interface Route {
  /** The channel's setting row and its secrets' update times: a change means a rebuild. */
  signature: string;
  provider: MessageProvider;
  /** What has to be closed once the route is replaced and its sends are done; null for the shared Outbox. */
  built: ClosableProvider | null;
  inFlight: number;
  retired: boolean;
  /** How each delivery-report listener stops listening to this route's provider. */
  stopReports: Map<DeliveryReportListener, () => void>;
}

const isChannel = (channel: string): channel is Channel => (CHANNEL_IDS as readonly string[]).includes(channel);

/**
 * Routes each message to its channel's provider. The settings (`channels.<channel>.provider`) and
 * the providers' secrets are looked at before sending (once per turn of the event loop), so a save in Settings → Channels (on this
 * thread, another thread or another process) takes effect with the next message: the channel's
 * provider is built again and the old one closed once its sends in flight are done.
 */
export function createChannelProviders(setup: ChannelProvidersSetup): ChannelProviders {
  const { store, clock, newId } = setup;
  const outbox = createOutboxProvider(store.db, newId, () => clock.now());
  const readSetting = store.db.prepare('SELECT value FROM settings WHERE key = ?').pluck();
  /** Given by the host, else Settings → Channels' public address for delivery reports, else none. */
  function deliveryReportBaseUrl(): string | null {
    if (setup.deliveryReportBaseUrl !== undefined) return setup.deliveryReportBaseUrl;
    const raw = readSetting.get(DELIVERY_REPORT_URL_SETTING) as string | undefined;
    const parsed = DeliveryReportUrlSchema.safeParse(raw === undefined ? null : JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  }
  const deps: ProviderDeps = {
    clock,
    newId,
    fetch: setup.fetch ?? globalThis.fetch,
    deliveryReportBaseUrl: deliveryReportBaseUrl(),
  };
  // One statement tells whether anything routing depends on changed since the last send.
  const readSignature = store.db
    .prepare(
      `SELECT coalesce((SELECT group_concat(key || '=' || value, char(10)) FROM settings
          WHERE key GLOB 'channels.*.provider' OR key = '${DELIVERY_REPORT_URL_SETTING}'), '')
        || char(0) ||
        coalesce((SELECT group_concat(name || '@' || updated_at, char(10)) FROM secrets WHERE name GLOB 'provider.*'), '')`,
    )
    .pluck();
  const readSecretTimes = store.db
    .prepare("SELECT group_concat(name || '@' || updated_at, char(10)) FROM secrets WHERE name GLOB ?")
    .pluck();

  const routes = new Map<Channel, Route>();
  const listeners = new Set<DeliveryReportListener>();
  const closing = new Set<Promise<void>>();
  let lastSignature: string | null = null;
  let lookedThisTurn = false;
  let closed = false;

  function channelSignature(channel: Channel): string {
    const setting = readSetting.get(channelProviderSettingKey(channel)) as string | undefined;
    const secretTimes = readSecretTimes.get(`provider.${channel}.*`) as string | null;
    return `${setting ?? ''}\u0000${secretTimes ?? ''}\u0000${deps.deliveryReportBaseUrl ?? ''}`;
  }

  function build(channel: Channel): ClosableProvider | null {
    const raw = readSetting.get(channelProviderSettingKey(channel)) as string | undefined;
    const { setting, problem } = readChannelSetting(channel, raw === undefined ? null : JSON.parse(raw));
    if (setting === null) return null;
    if (problem !== null) return createRefusingProvider(setting.kind, problem);
    const description = providerDescription(setting.kind)!;
    const implementation = PROVIDER_IMPLEMENTATIONS[setting.kind];
    if (implementation === undefined)
      return createRefusingProvider(setting.kind, `The ${description.label} provider cannot send from this version.`);
    const resolved = resolveStoredConfig(description, setting, setup.secrets);
    if (!resolved.ok) return createRefusingProvider(setting.kind, resolved.error);
    try {
      return implementation.create(resolved.config, deps);
    } catch (error) {
      return createRefusingProvider(
        setting.kind,
        `The ${description.label} provider could not start: ${(error as Error).message}`,
      );
    }
  }

  function listenTo(route: Route, listener: DeliveryReportListener): void {
    if (route.stopReports.has(listener)) return;
    const stop = route.built?.onDeliveryReport?.(listener);
    if (stop !== undefined) route.stopReports.set(listener, stop);
  }

  function closeRoute(route: Route): void {
    for (const stop of route.stopReports.values()) stop();
    route.stopReports.clear();
    const done = Promise.resolve(route.built?.close?.())
      .catch((error: unknown) => setup.onError?.(error, `closing the ${route.provider.name} provider`))
      .finally(() => closing.delete(done));
    closing.add(done);
  }

  function retire(route: Route): void {
    route.retired = true;
    if (route.inFlight === 0) closeRoute(route);
  }

  function refresh(): void {
    // Once per turn of the event loop: a batch of sends looks once (the look is a query).
    if (lookedThisTurn) return;
    lookedThisTurn = true;
    setImmediate(() => (lookedThisTurn = false));
    const signature = readSignature.get() as string;
    if (signature === lastSignature) return;
    lastSignature = signature;
    deps.deliveryReportBaseUrl = deliveryReportBaseUrl();
    for (const channel of CHANNEL_IDS) {
      const current = routes.get(channel);
      const channelNow = channelSignature(channel);
      if (current?.signature === channelNow) continue;
      const built = build(channel);
      const route: Route = {
        signature: channelNow,
        provider: built ?? outbox,
        built,
        inFlight: 0,
        retired: false,
        stopReports: new Map(),
      };
      for (const listener of listeners) listenTo(route, listener);
      routes.set(channel, route);
      if (current !== undefined) retire(current);
    }
  }

  function routeOf(channel: string): Route | null {
    if (closed || !isChannel(channel)) return null;
    refresh();
    return routes.get(channel) ?? null;
  }

  async function send(channel: string, message: OutgoingMessage, idempotencyKey: string): Promise<SendResult> {
    const route = routeOf(channel);
    if (route === null) return outbox.send(message, idempotencyKey);
    route.inFlight++;
    try {
      return await route.provider.send(message, idempotencyKey);
    } catch (error) {
      // A provider that throws instead of answering: the engine retries it as any temporary refusal.
      return {
        status: 'rejected',
        kind: 'temporary',
        reason: `${route.provider.name} failed: ${(error as Error).message}`,
      };
    } finally {
      route.inFlight--;
      if (route.retired && route.inFlight === 0) closeRoute(route);
    }
  }

  const router: MessageProvider = {
    name: 'channels',
    send: (message, key) => send(message.channel, message, key),
    routeFor: (channel) => routeOf(channel)?.provider ?? outbox,
    onDeliveryReport(listener) {
      refresh();
      listeners.add(listener);
      for (const route of routes.values()) listenTo(route, listener);
      return () => {
        listeners.delete(listener);
        for (const route of routes.values()) {
          route.stopReports.get(listener)?.();
          route.stopReports.delete(listener);
        }
      };
    },
  };

  return {
    forChannel: (channel) => ({
      get name() {
        return router.routeFor!(channel).name;
      },
      send: (message, key) => send(channel, message, key),
    }),
    router: () => router,
    outbox: () => outbox,
    deps: () => deps,
    changed: () => {
      lookedThisTurn = false;
    },
    async close() {
      if (closed) return;
      closed = true;
      for (const route of routes.values()) closeRoute(route);
      routes.clear();
      await Promise.all(closing);
    },
  };
}
