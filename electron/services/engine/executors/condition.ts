import {
  blankContact,
  compileFilter,
  fieldValue,
  type AttributeValue,
  type Contact,
  type FieldDefinition,
  type FieldType,
} from '../../../../shared/audience/index';
import type { Filter } from '../../../../shared/model/index';
import type { StepExecutor } from './executor';

function typeOf(value: unknown): FieldType {
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'boolean';
  if (Array.isArray(value)) return 'textList';
  return 'text';
}

function asAttribute(value: unknown): AttributeValue {
  if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return value;
  if (Array.isArray(value)) return value.map(String);
  return JSON.stringify(value);
}

/**
 * The triggering event seen as a contact, so the one filter evaluator reads it: each property a
 * custom field whose type is the value's own.
 */
export function eventAsContact(
  properties: Record<string, unknown>,
  keys: readonly string[],
  createdAt: string,
): { contact: Contact; fields: FieldDefinition[] } {
  const attributes: Record<string, AttributeValue> = {};
  const fields: FieldDefinition[] = [];
  for (const key of new Set(keys)) {
    const value = properties[key];
    if (value !== undefined) attributes[key] = asAttribute(value);
    fields.push({ key, label: key, description: '', type: typeOf(value), builtIn: false });
  }
  return { contact: { ...blankContact(createdAt, attributes), customerId: 'event' }, fields };
}

export function ruleFields(filter: Filter): string[] {
  return filter.groups.flatMap((group) => group.rules.map((rule) => rule.field));
}

/** The values a filter read, for the step log. */
function readValues(contact: Contact, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(keys.map((key) => [key, fieldValue(contact, key)]));
}

export const conditionExecutor: StepExecutor<'condition'> = {
  step: ({ node, now, contact, run, fields, store }) => {
    const { source, filter } = node.config;
    const keys = ruleFields(filter);
    const subject =
      source === 'profile'
        ? { contact, fields: fields() }
        : eventAsContact(run.trigger?.properties ?? {}, keys, new Date(now).toISOString());
    const matches = compileFilter(filter, {
      fields: subject.fields,
      now: new Date(now),
      listMembership: (listId, customerId) => store.lists.isMember(listId, customerId),
    })(subject.contact);
    return {
      type: 'go',
      output: matches ? 'yes' : 'no',
      decision: matches ? 'yes' : 'no',
      detail: { source, read: readValues(subject.contact, keys) },
    };
  },
};
