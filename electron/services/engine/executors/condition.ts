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
import type { Store } from '../../store/store';
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

type Compiled = { fields: readonly FieldDefinition[]; now: number; store: Store; test: (contact: Contact) => boolean };
/** The last compiled profile filter of each step: a batch runs many contacts through one step at one time. */
const compiledProfileFilters = new WeakMap<Filter, Compiled>();

function profileFilter(filter: Filter, fields: readonly FieldDefinition[], now: number, store: Store) {
  const cached = compiledProfileFilters.get(filter);
  if (cached !== undefined && cached.fields === fields && cached.now === now && cached.store === store)
    return cached.test;
  const test = compileFilter(filter, {
    fields,
    now: new Date(now),
    listMembership: (listId, customerId) => store.lists.isMember(listId, customerId),
  });
  compiledProfileFilters.set(filter, { fields, now, store, test });
  return test;
}

export const conditionExecutor: StepExecutor<'condition'> = {
  step: ({ node, now, contact, run, fields, store }) => {
    const { source, filter } = node.config;
    const keys = ruleFields(filter);
    let matches: boolean;
    let subject: Contact;
    if (source === 'profile') {
      subject = contact;
      matches = profileFilter(filter, fields(), now, store)(contact);
    } else {
      const event = eventAsContact(run.trigger?.properties ?? {}, keys, new Date(now).toISOString());
      subject = event.contact;
      matches = compileFilter(filter, {
        fields: event.fields,
        now: new Date(now),
        listMembership: (listId, customerId) => store.lists.isMember(listId, customerId),
      })(subject);
    }
    return {
      type: 'go',
      output: matches ? 'yes' : 'no',
      decision: matches ? 'yes' : 'no',
      detail: { source, read: readValues(subject, keys) },
    };
  },
};
