import { MESSAGE_EVENTS } from '../message-events';
import { durationMs } from '../zoned-time';
import type { StepExecutor } from './executor';

/**
 * Clicked, opened and delivered are about the run's last message: the wait carries its
 * idempotency key and only that message's event ends it. A custom event is any of that name.
 */
export const waitForEventExecutor: StepExecutor<'waitForEvent'> = {
  step: ({ node, visit, now, run, engineStore }) => {
    const { event, customEventName, timeout } = node.config;
    if (visit.type === 'event') {
      return {
        type: 'go',
        output: 'event',
        decision: 'event arrived',
        detail: { event: visit.event.name, eventId: visit.event.id },
      };
    }
    const name = event === 'custom' ? customEventName : MESSAGE_EVENTS[event];
    if (visit.type === 'wake') return { type: 'go', output: 'timeout', decision: 'timed out', detail: { event: name } };
    const messageKey = event === 'custom' ? null : run.lastMessageKey;
    // Delivered already (a provider that knows at once, like the outbox): nothing to wait for.
    if (event === 'delivered' && messageKey !== null && engineStore.attemptByKey(messageKey)?.status === 'delivered') {
      return { type: 'go', output: 'event', decision: 'already delivered', detail: { messageKey } };
    }
    return {
      type: 'wait',
      until: now + durationMs(timeout),
      purpose: 'timeout',
      event: { name, messageKey },
      decision: 'waiting for event',
      detail: {
        event: name,
        ...(messageKey ? { messageKey } : {}),
        timeoutAt: new Date(now + durationMs(timeout)).toISOString(),
      },
    };
  },
  // Waiting for another event starts the wait again; a changed time limit counts from when the wait began.
  moveWait: ({ before, after, wakeup, now }) => {
    const { event, customEventName } = after.config;
    if (before.config.event !== event || (event === 'custom' && before.config.customEventName !== customEventName))
      return { keep: false };
    if (wakeup === undefined || wakeup.purpose !== 'timeout') return { keep: true };
    const dueAt = wakeup.dueAt - durationMs(before.config.timeout) + durationMs(after.config.timeout);
    return { keep: true, dueAt: Math.max(now, dueAt) };
  },
};
