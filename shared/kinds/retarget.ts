import type { NodeOfKind } from '../model/index';
import { retargetNodeKind } from '../model/nodes/retarget';
import type { CheckEnv } from '../validation/check-env';
import { isPositive, shown } from '../validation/durations';
import { NO_DIGEST, NO_FIELDS, defineStepKind, holdsNoSecrets, sendsNoTemplates } from './step-kind';

/** RETARGET_WITHOUT_EVENT without a conversion event; INVALID_DELAY for a window that is not positive. */
function checkRetarget(env: CheckEnv, index: number, node: NodeOfKind<'retarget'>): void {
  const { out } = env;
  const { config } = node;
  if (config.conversionEvent.trim() === '') {
    out.onNode(
      'error',
      index,
      {
        code: 'RETARGET_WITHOUT_EVENT',
        message: `${out.named(node)} has no conversion event, so it cannot tell who converted.`,
        hint: 'Enter the event that counts as converting, e.g. "purchase".',
      },
      ['config', 'conversionEvent'],
    );
  }
  if (!isPositive(config.window)) {
    out.onNode(
      'error',
      index,
      {
        code: 'INVALID_DELAY',
        message: `${out.named(node)} waits ${shown(config.window)} for a conversion; the window must be longer than zero.`,
        hint: 'Enter a conversion window of at least 1 minute, e.g. 3 days.',
      },
      ['config', 'window', 'amount'],
    );
  }
}

export const retargetStepKind = defineStepKind(retargetNodeKind, {
  waits: 'event',
  check: checkRetarget,
  ...sendsNoTemplates,
  ...holdsNoSecrets,
  fieldsRead: () => NO_FIELDS,
  digest: () => NO_DIGEST,
});
