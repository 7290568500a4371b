import {
  FILTER_OPERATORS,
  operatorLabel,
  type FilterOperator,
  type FilterRule,
  type FilterValue,
} from '../../../../shared/model/index';
import { CONTACT_LIST_OPERATORS, operatorsForField, type FieldType } from '../../../../shared/audience/index';
import { parseCommaList } from './comma-list';

/** Readable names in the operator select; worded once, beside the operators, in shared/model/filter.ts. */
export const OPERATOR_LABELS: Readonly<Record<FilterOperator, string>> = Object.fromEntries(
  FILTER_OPERATORS.map((operator) => [operator, operatorLabel(operator)]),
) as Record<FilterOperator, string>;

/** The field a rule names, as far as the editor needs it: its key and type. */
export interface RuleFieldInfo {
  key: string;
  type: FieldType;
}

/**
 * Operators offered for a rule. A known field gets those of its type; a free path (event or order
 * data, whose type nobody declared) gets every operator except list membership, which only makes
 * sense for a contact's customerId.
 */
export function operatorsFor(field: RuleFieldInfo | undefined): readonly FilterOperator[] {
  if (field) return operatorsForField(field);
  return FILTER_OPERATORS.filter((operator) => !CONTACT_LIST_OPERATORS.includes(operator));
}

/** Which input a rule's value needs. */
export type RuleValueInput =
  'none' | 'list' | 'number' | 'text' | 'date' | 'boolean' | 'choice' | 'range' | 'days' | 'contactList';

/**
 * The value input for an operator, refined by the field's type when it is known: dates get a date
 * picker, yes/no fields a select, choice fields their options.
 */
export function valueInputFor(operator: FilterOperator, type?: FieldType): RuleValueInput {
  switch (operator) {
    case 'isSet':
    case 'isNotSet':
      return 'none';
    case 'in':
    case 'notIn':
      return 'list';
    case 'between':
      return 'range';
    case 'withinLastDays':
      return 'days';
    case 'inContactList':
    case 'notInContactList':
      return 'contactList';
    case 'greaterThan':
    case 'greaterThanOrEqual':
    case 'lessThan':
    case 'lessThanOrEqual':
      return 'number';
    default:
      if (type === 'number') return 'number';
      if (type === 'date' || type === 'dateTime') return 'date';
      if (type === 'boolean') return 'boolean';
      if (type === 'choice' && (operator === 'equals' || operator === 'notEquals')) return 'choice';
      return 'text';
  }
}

function firstOf(value: FilterValue | undefined): string | number | boolean | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function asNumber(value: FilterValue | undefined): number {
  const first = firstOf(value);
  if (typeof first === 'number') return first;
  if (typeof first === 'string' && first.trim() !== '') return Number(first.trim());
  return Number.NaN;
}

/**
 * Carries a rule's value over to the shape a newly chosen operator (and field type) takes. A value
 * that cannot be a number becomes NaN, which the form reports as "Enter a number" rather than
 * inventing a 0. Ranges are kept as two texts: the audience readers parse "10" as leniently as 10,
 * and a half-typed range ("10", "") must still be storable.
 */
export function valueForOperator(
  value: FilterValue | undefined,
  operator: FilterOperator,
  type?: FieldType,
): FilterValue | undefined {
  switch (valueInputFor(operator, type)) {
    case 'none':
      return undefined;
    case 'list': {
      if (Array.isArray(value)) return value.map(String);
      if (value === undefined) return [];
      return parseCommaList(String(value));
    }
    case 'range': {
      const items = Array.isArray(value) ? value.map(String) : value === undefined ? [] : [String(value)];
      return [items[0] ?? '', items[1] ?? ''];
    }
    case 'number':
    case 'days':
      return asNumber(value);
    case 'boolean': {
      const first = firstOf(value);
      return typeof first === 'boolean' ? first : String(first).trim().toLowerCase() !== 'false';
    }
    case 'text':
    case 'date':
    case 'choice':
    case 'contactList': {
      const first = firstOf(value);
      return first === undefined ? '' : String(first);
    }
  }
}

function ruleWith(field: string, operator: FilterOperator, value: FilterValue | undefined): FilterRule {
  return value === undefined ? { field, operator } : { field, operator, value };
}

export function withOperator(rule: FilterRule, operator: FilterOperator, type?: FieldType): FilterRule {
  return ruleWith(rule.field, operator, valueForOperator(rule.value, operator, type));
}

/**
 * A rule pointed at another field: the operator stays when the new field's type offers it (so
 * "is set" survives a field change), otherwise it becomes the type's first; the value follows.
 */
export function withField(rule: FilterRule, reference: string, field: RuleFieldInfo | undefined): FilterRule {
  const offered = operatorsFor(field);
  const operator = offered.includes(rule.operator) ? rule.operator : (offered[0] ?? 'equals');
  return ruleWith(reference, operator, valueForOperator(rule.value, operator, field?.type));
}

/** How a stored value shows in a text input: a list as "a, b", anything else as typed. */
export function valueAsText(value: FilterValue | undefined): string {
  if (value === undefined) return '';
  return Array.isArray(value) ? value.join(', ') : String(value);
}

/** The two ends of a "between" value, as texts for two inputs. */
export function rangeOf(value: FilterValue | undefined): [string, string] {
  const items = Array.isArray(value) ? value.map(String) : [];
  return [items[0] ?? '', items[1] ?? ''];
}

export function emptyRule(): FilterRule {
  return { field: '', operator: 'equals', value: '' };
}
