import type { Contract, ServiceImpl } from '../../../shared/contract/index';
import type { ParsedEventInput } from '../../../shared/api-v1/events';
import type { ServiceContext } from '../context';
import type { Store } from '../store/store';
import type { InboundEvent } from '../engine/event-ingress';
import type { ApiKeys } from './api-key';

/** An event as the ingress takes it: the receive time stands in when the sender gave none. */
export function inboundEvent(input: ParsedEventInput, source: InboundEvent['source'], now: number): InboundEvent {
  return {
    customerId: input.customerId,
    name: input.name,
    properties: input.properties,
    occurredAt: input.occurredAt === undefined ? now : Date.parse(input.occurredAt),
    ...(input.idempotencyKey === undefined ? {} : { idempotencyKey: input.idempotencyKey }),
    ...(input.customer === undefined ? {} : { customer: input.customer }),
    source,
  };
}

export function createEventsService(ctx: ServiceContext): ServiceImpl<Contract['services']['events']> {
  return {
    send: (input) => {
      const [result] = ctx.eventIngress.ingest([inboundEvent(input, 'app', ctx.clock.now())]);
      return { accepted: true as const, ...result! };
    },
  };
}

export const DESKTOP_PORT_SETTING = 'eventsApi.desktopPort';

/** The port the desktop app serves the events API on; null (the default) is off. */
export function desktopPortOf(store: Store): number | null {
  const value = store.settings.all()[DESKTOP_PORT_SETTING];
  return typeof value === 'number' && Number.isInteger(value) ? value : null;
}

export function createEventsApiService(
  ctx: ServiceContext,
  keys: ApiKeys,
): ServiceImpl<Contract['services']['eventsApi']> {
  const status = () => ({ key: keys.info(), desktopPort: desktopPortOf(ctx.store) });
  return {
    status,
    ensureKey: () => keys.ensure() ?? keys.info()!,
    regenerateKey: () => keys.regenerate(),
    setDesktopPort: ({ port }) => {
      ctx.store.settings.set(DESKTOP_PORT_SETTING, port);
      ctx.events.emit('eventsApiChanged', { desktopPort: port });
      return status();
    },
  };
}
