import type { Filter, FilterCombinator } from '../model/filter';
import type { Contact } from './contact';
import type { FieldDefinition } from './customer-fields';
import { assertValidNow, lastDaysBounds, planFilter } from './filter-plan';
import type { Bound, PreparedRule } from './prepare-rule';
import { foldCase } from './text-case';
import { typedValueReader, type TypedValue } from './typed-value';

/** Whether the customer is a member of the contact list; lists hold customerIds. */
export type ListMembership = (listId: string, customerId: string) => boolean;

export interface EvaluateOptions {
  /** allFields(custom); built-in fields are known even if left out. */
  fields: readonly FieldDefinition[];
  /** The moment "within the last N days" counts back from. */
  now: Date;
  /** Needed for contact-list rules; without it every contact is in no list. */
  listMembership?: ListMembership;
}

export type ContactPredicate = (contact: Contact) => boolean;

const NO_LISTS: ListMembership = () => false;

/** A membership lookup over lists held in memory: list id → its customerIds. */
export function listMembershipFrom(
  lists: ReadonlyMap<string, Iterable<string>> | Readonly<Record<string, readonly string[]>>,
): ListMembership {
  const members = new Map<string, ReadonlySet<string>>();
  const entries = lists instanceof Map ? [...lists.entries()] : Object.entries(lists);
  for (const [listId, customerIds] of entries as [string, Iterable<string>][])
    members.set(listId, new Set(customerIds));
  return (listId, customerId) => members.get(listId)?.has(customerId) ?? false;
}

function inRange(value: number | string, lower: Bound | undefined, upper: Bound | undefined): boolean {
  if (lower !== undefined && (lower.inclusive ? value < lower.value : value <= lower.value)) return false;
  if (upper !== undefined && (upper.inclusive ? value > upper.value : value >= upper.value)) return false;
  return true;
}

function isPresent(value: TypedValue): boolean {
  return Array.isArray(value) ? value.some((item) => item !== '') : value !== null;
}

function compileCondition(rule: PreparedRule, options: EvaluateOptions): ContactPredicate {
  const { field, condition } = rule;
  const read = typedValueReader(field);
  const text = (contact: Contact): string | null => {
    const value = read(contact);
    return typeof value === 'string' ? foldCase(value) : null;
  };
  switch (condition.kind) {
    case 'isSet':
      return (contact) => isPresent(read(contact));
    case 'textIn': {
      const values = new Set(condition.values);
      if (field.type === 'textList') {
        return (contact) => {
          const items = read(contact);
          return Array.isArray(items) && items.some((item) => values.has(foldCase(item)));
        };
      }
      return (contact) => {
        const value = text(contact);
        return value !== null && values.has(value);
      };
    }
    case 'textMatch': {
      const { mode, value: needle } = condition;
      return (contact) => {
        const value = text(contact);
        if (value === null) return false;
        return mode === 'contains'
          ? value.includes(needle)
          : mode === 'startsWith'
            ? value.startsWith(needle)
            : value.endsWith(needle);
      };
    }
    case 'numberIn': {
      const values = condition.values;
      return (contact) => {
        const value = read(contact);
        return typeof value === 'number' && values.includes(value);
      };
    }
    case 'booleanIs':
      return (contact) => read(contact) === condition.value;
    case 'range':
    case 'withinLastDays': {
      const { lower, upper } =
        condition.kind === 'range'
          ? condition
          : lastDaysBounds(field.type === 'date' ? 'date' : 'dateTime', condition.days, options.now);
      return (contact) => {
        const value = read(contact);
        return (typeof value === 'number' || typeof value === 'string') && inRange(value, lower, upper);
      };
    }
    case 'inContactList': {
      const isMember = options.listMembership ?? NO_LISTS;
      return (contact) => isMember(condition.listId, contact.customerId);
    }
  }
}

function combine(combinator: FilterCombinator, parts: ContactPredicate[]): ContactPredicate {
  if (parts.length === 1) return parts[0] as ContactPredicate;
  return combinator === 'and'
    ? (contact) => parts.every((part) => part(contact))
    : (contact) => parts.some((part) => part(contact));
}

const NEVER: ContactPredicate = () => false;
const ALWAYS: ContactPredicate = () => true;

/**
 * The filter as a function of a contact, checked and prepared once: use it to test many contacts
 * (the sender engine, an estimate that cannot run as SQL). Semantics are described on FilterPlan,
 * prepareRule and typedValueReader; in short, text comparisons ignore ASCII case only, unset
 * values fail every positive rule and pass every "not" rule, and dates compare in UTC.
 */
export function compileFilter(filter: Filter, options: EvaluateOptions): ContactPredicate {
  assertValidNow(options.now);
  const { plan } = planFilter(filter, options.fields);
  if (plan.groups.length === 0) return ALWAYS;
  const groups = plan.groups.map((group) =>
    combine(
      group.combinator,
      group.rules.map((rule) => {
        if (rule === null) return NEVER;
        const condition = compileCondition(rule, options);
        return rule.negate ? (contact: Contact) => !condition(contact) : condition;
      }),
    ),
  );
  return combine(plan.combinator, groups);
}

/** Whether one contact matches the filter. For many contacts, compileFilter once instead. */
export function evaluateFilter(filter: Filter, contact: Contact, options: EvaluateOptions): boolean {
  return compileFilter(filter, options)(contact);
}
