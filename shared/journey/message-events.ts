/**
 * The events the sending half records about its own messages, in engine_events. Their properties
 * are `{ messageId, idempotencyKey }` (the outbox row's id and the message's idempotency key), so
 * a "wait for click" knows the click is on the run's last message. Delivered and failed are also
 * what providers report later about messages they accepted (see delivery-reports.ts). Shared so
 * the editor and the simulator name the same events the engine records.
 */
export const MESSAGE_EVENTS = {
  delivered: 'message.delivered',
  opened: 'message.opened',
  clicked: 'message.clicked',
  /** A provider's report that a message it accepted never arrived (properties also carry `reason`). */
  failed: 'message.failed',
} as const;
