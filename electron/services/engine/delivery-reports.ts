import type { DeliveryReport, MessageProvider } from '../providers/provider';
import type { EngineStore, NodeCounter, StoredEvent } from './engine-store';
import type { InboundEvent } from './event-ingress';
import { MESSAGE_EVENTS } from './message-events';

/**
 * A provider's delivery report as the event the engine reads, or null when no attempt has its key
 * (a test send, or a message this data folder never sent). The event's idempotency key makes a
 * repeated report count once.
 */
export function deliveryReportEvent(
  engineStore: Pick<EngineStore, 'attemptByKey'>,
  report: DeliveryReport,
  now: number,
): InboundEvent | null {
  const attempt = engineStore.attemptByKey(report.idempotencyKey);
  if (attempt === undefined) return null;
  return {
    customerId: attempt.contactId,
    name: report.status === 'delivered' ? MESSAGE_EVENTS.delivered : MESSAGE_EVENTS.failed,
    properties: {
      idempotencyKey: report.idempotencyKey,
      ...(report.providerMessageId === undefined ? {} : { messageId: report.providerMessageId }),
      ...(report.reason === undefined ? {} : { reason: report.reason }),
    },
    occurredAt: report.at ?? now,
    idempotencyKey: `${report.idempotencyKey}:${report.status}`,
    source: 'app',
  };
}

/**
 * Records a delivery report on its message attempt (the first report wins; one naming another
 * contact's message is ignored), counts a delivery on the step, and wakes the run when its message
 * step is waiting for this very report, so it goes on (delivered) or takes the next fallback
 * (failed) now rather than at the end of its window.
 */
export function applyDeliveryReport(
  engineStore: EngineStore,
  event: StoredEvent,
  messageKey: string,
  now: number,
  bump: (journeyId: string, version: number, nodeId: string, counter: NodeCounter) => void,
): void {
  const status =
    event.name === MESSAGE_EVENTS.delivered ? 'delivered' : event.name === MESSAGE_EVENTS.failed ? 'failed' : null;
  if (status === null) return;
  const attempt = engineStore.attemptByKey(messageKey);
  if (attempt === undefined || attempt.contactId !== event.customerId) return;
  if (attempt.status === 'delivered' || attempt.status === 'failed') return;
  const reason = typeof event.properties.reason === 'string' ? event.properties.reason : null;
  engineStore.setAttemptStatus(messageKey, attempt.attempt, status, reason, now);
  if (status === 'delivered') bump(attempt.journeyId, attempt.version, attempt.nodeId, 'delivered');
  const run = engineStore.run(attempt.runId);
  if (run?.status === 'waiting' && run.nodeId === attempt.nodeId && run.nodeState.awaitingDelivery === messageKey)
    engineStore.schedule(run.id, run.journeyId, now, 'delivery');
}

/**
 * Turns the provider's delivery reports into message events through `ingest` (the engine reads them
 * like any other event), on whichever thread the provider runs. Returns the unsubscribe, or null
 * when the provider reports nothing.
 */
export function forwardDeliveryReports(
  provider: MessageProvider,
  engineStore: Pick<EngineStore, 'attemptByKey'>,
  ingest: (event: InboundEvent) => void,
  now: () => number,
): (() => void) | null {
  return (
    provider.onDeliveryReport?.((report) => {
      const event = deliveryReportEvent(engineStore, report, now());
      if (event !== null) ingest(event);
    }) ?? null
  );
}
