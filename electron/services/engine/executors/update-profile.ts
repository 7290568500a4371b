import { ApiError } from '../../../../shared/contract/index';
import { createLiquid } from '../../../../shared/templates/liquid';
import { customerTemplateData } from '../../../../shared/audience/index';
import { contactFromInput } from '../../audience/contact-values';
import type { StepExecutor } from './executor';

const liquid = createLiquid();

/** Writes the values (strings rendered as Liquid per contact); a value a field refuses is logged, not fatal. */
export const updateProfileExecutor: StepExecutor<'updateProfile'> = {
  step: ({ node, contact, run, now, store, fields }) => {
    const data = { customer: customerTemplateData(contact), event: run.trigger?.properties ?? {} };
    const input: Record<string, unknown> = { customerId: contact.customerId };
    for (const update of node.config.updates) {
      input[update.field] =
        typeof update.value === 'string' && update.value.includes('{')
          ? liquid.parseAndRenderSync(update.value, data)
          : update.value;
    }
    try {
      const existing = store.contacts.find(contact.customerId);
      const updated = contactFromInput(input, existing, { fields: fields(), now: new Date(now) });
      store.contacts.put(updated);
      Object.assign(contact, updated);
      return { type: 'go', output: 'next', decision: 'profile updated', detail: { set: input } };
    } catch (error) {
      const reason = error instanceof ApiError ? error.message : String(error);
      return { type: 'go', output: 'next', decision: 'profile not updated', detail: { reason } };
    }
  },
};
