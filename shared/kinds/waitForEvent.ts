import type { NodeOfKind } from '../model/index';
import { waitForEventNodeKind } from '../model/nodes/waitForEvent';
import type { CheckEnv } from '../validation/check-env';
import { isPositive, shown } from '../validation/durations';
import { NO_DIGEST, NO_FIELDS, defineStepKind, holdsNoSecrets, sendsNoTemplates } from './step-kind';

/**
 * WAIT_WITHOUT_TIMEOUT for a timeout that is not positive (the free "timeout" output is found with
 * the other outputs); MISSING_EVENT_NAME for a custom event without a name. An error rather than a
 * warning: a contact stuck in a wait never finishes the journey and is held by it for good, which is
 * not a draft's rough edge but a journey that cannot work, and the quick fix is one click.
 */
function checkWaitForEvent(env: CheckEnv, index: number, node: NodeOfKind<'waitForEvent'>): void {
  const { out } = env;
  const { config } = node;
  if (config.event === 'custom' && config.customEventName.trim() === '') {
    out.onNode(
      'error',
      index,
      {
        code: 'MISSING_EVENT_NAME',
        message: `${out.named(node)} waits for a custom event, but the event has no name.`,
        hint: 'Enter the name of the event to wait for, e.g. "order_paid".',
      },
      ['config', 'customEventName'],
    );
  }
  if (!isPositive(config.timeout)) {
    out.onNode(
      'error',
      index,
      {
        code: 'WAIT_WITHOUT_TIMEOUT',
        message: `${out.named(node)} has a timeout of ${shown(config.timeout)}, so it never times out and contacts who never do the event wait forever.`,
        hint: 'Set a timeout of at least 1 minute, e.g. 3 days.',
      },
      ['config', 'timeout', 'amount'],
    );
  }
}

export const waitForEventStepKind = defineStepKind(waitForEventNodeKind, {
  waits: 'event',
  check: checkWaitForEvent,
  ...sendsNoTemplates,
  ...holdsNoSecrets,
  fieldsRead: () => NO_FIELDS,
  digest: () => NO_DIGEST,
});
