import { exitNodeKind } from '../model/nodes/exit';
import { NO_DIGEST, NO_FIELDS, defineStepKind, holdsNoSecrets, sendsNoTemplates } from './step-kind';

/** An exit has nothing to get wrong: whether steps lead to one is a matter of the connections. */
export const exitStepKind = defineStepKind(exitNodeKind, {
  waits: 'none',
  check: () => {},
  ...sendsNoTemplates,
  ...holdsNoSecrets,
  fieldsRead: () => NO_FIELDS,
  digest: () => NO_DIGEST,
});
