import { fieldKeyOf } from '../audience/field-lookup';
import type { NodeOfKind } from '../model/index';
import { updateProfileNodeKind } from '../model/nodes/updateProfile';
import type { CheckEnv } from '../validation/check-env';
import { NO_DIGEST, defineStepKind, holdsNoSecrets, sendsNoTemplates } from './step-kind';

/** UNKNOWN_FIELD for each update that names no field or one the project does not have. */
function checkUpdateProfile(env: CheckEnv, index: number, node: NodeOfKind<'updateProfile'>): void {
  const { out } = env;
  const { updates } = node.config;
  for (let update = 0; update < updates.length; update++) {
    const field = updates[update]!.field;
    if (field.trim() !== '' && env.field(field) !== undefined) continue;
    out.onNode(
      'error',
      index,
      field.trim() === ''
        ? {
            code: 'UNKNOWN_FIELD',
            message: `${out.named(node)} has an update without a field.`,
            hint: 'Choose the customer field to update, or delete the update.',
          }
        : {
            code: 'UNKNOWN_FIELD',
            message: `${out.named(node)} updates the customer field "${fieldKeyOf(field)}", which does not exist.`,
            hint: 'Pick an existing field, or add the field under Customer fields.',
          },
      ['config', 'updates', update, 'field'],
    );
  }
}

export const updateProfileStepKind = defineStepKind(updateProfileNodeKind, {
  waits: 'none',
  check: checkUpdateProfile,
  ...sendsNoTemplates,
  ...holdsNoSecrets,
  fieldsRead: (step) => ({
    profileFields: step.config.updates.map((update) => fieldKeyOf(update.field)),
    eventProperties: [],
  }),
  digest: () => NO_DIGEST,
});
