import type { NodeOfKind } from '../model/index';
import { entryNodeKind } from '../model/nodes/entry';
import type { CheckEnv } from '../validation/check-env';
import { checkEventPropertyRules, checkProfileFilter, filterFields } from '../validation/check-filters';
import type { Finding } from '../validation/collector';
import { NO_FIELDS, defineStepKind, holdsNoSecrets, sendsNoTemplates } from './step-kind';

function missingAudience(message: string, hint: string): Finding {
  return { code: 'MISSING_AUDIENCE', message, hint };
}

/** MISSING_AUDIENCE when the audience type is chosen but not what it needs; then its rules. */
function checkEntry(env: CheckEnv, index: number, node: NodeOfKind<'entry'>): void {
  const { out } = env;
  const { audience } = node.config;
  switch (audience.type) {
    case 'all':
      return;
    case 'list':
      if (audience.listId === null || audience.listId.trim() === '') {
        out.onNode(
          'error',
          index,
          missingAudience(
            `${out.named(node)} enters contacts from a list, but no list is chosen.`,
            'Choose the contact list in the inspector.',
          ),
          ['config', 'audience', 'listId'],
        );
      }
      return;
    case 'filter':
      checkProfileFilter(env, index, audience.filter, ['config', 'audience', 'filter']);
      return;
    case 'customEvent':
      if (audience.eventName.trim() === '') {
        out.onNode(
          'error',
          index,
          missingAudience(
            `${out.named(node)} starts on a custom event, but the event has no name.`,
            'Enter the name of the event that starts the journey, e.g. "cart_abandoned".',
          ),
          ['config', 'audience', 'eventName'],
        );
      }
      checkEventPropertyRules(env, index, audience.propertyRules);
      return;
    case 'orderEvent': {
      // The inspector picks package and event together from the catalogue, so either missing points at the event.
      if (audience.packageId === null || audience.eventKey === null) {
        out.onNode(
          'error',
          index,
          missingAudience(
            `${out.named(node)} starts on an order event, but no event is chosen.`,
            'Choose the order event that starts the journey, e.g. "Order shipped".',
          ),
          ['config', 'audience', 'eventKey'],
        );
      }
      return;
    }
  }
}

export const entryStepKind = defineStepKind(entryNodeKind, {
  waits: 'none',
  check: checkEntry,
  ...sendsNoTemplates,
  ...holdsNoSecrets,
  fieldsRead: ({ config: { audience } }) => {
    if (audience.type === 'filter') return { profileFields: filterFields(audience.filter), eventProperties: [] };
    if (audience.type === 'customEvent')
      return { profileFields: [], eventProperties: audience.propertyRules.map((rule) => rule.field) };
    return NO_FIELDS;
  },
  digest: (step) => ({ channels: [], entryType: step.config.audience.type }),
});
