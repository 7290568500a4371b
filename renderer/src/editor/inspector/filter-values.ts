import type { FilterOperator, FilterRule, FilterValue } from '../../../../shared/model/index';
import { parseCommaList } from './comma-list';

/** Readable names in the operator select; a Record so a new operator fails to compile until named. */
export const OPERATOR_LABELS: Readonly<Record<FilterOperator, string>> = {
  equals: 'is',
  notEquals: 'is not',
  contains: 'contains',
  notContains: 'does not contain',
  startsWith: 'starts with',
  endsWith: 'ends with',
  greaterThan: 'is greater than',
  greaterThanOrEqual: 'is at least',
  lessThan: 'is less than',
  lessThanOrEqual: 'is at most',
  in: 'is one of',
  notIn: 'is none of',
  isSet: 'is set',
  isNotSet: 'is not set',
  before: 'is before',
  after: 'is after',
};

/** Which input a rule's value needs. */
export type RuleValueInput = 'none' | 'list' | 'number' | 'text';

export function valueInputFor(operator: FilterOperator): RuleValueInput {
  switch (operator) {
    case 'isSet':
    case 'isNotSet':
      return 'none';
    case 'in':
    case 'notIn':
      return 'list';
    case 'greaterThan':
    case 'greaterThanOrEqual':
    case 'lessThan':
    case 'lessThanOrEqual':
      return 'number';
    default:
      return 'text';
  }
}

function firstOf(value: FilterValue | undefined): string | number | boolean | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/**
 * Carries a rule's value over to the shape a newly chosen operator takes. A value that cannot be a
 * number becomes NaN, which the form reports as "Enter a number" rather than inventing a 0.
 */
export function valueForOperator(value: FilterValue | undefined, operator: FilterOperator): FilterValue | undefined {
  switch (valueInputFor(operator)) {
    case 'none':
      return undefined;
    case 'list': {
      if (Array.isArray(value)) return value.map(String);
      if (value === undefined) return [];
      return parseCommaList(String(value));
    }
    case 'number': {
      const first = firstOf(value);
      if (typeof first === 'number') return first;
      if (typeof first === 'string' && first.trim() !== '') return Number(first.trim());
      return Number.NaN;
    }
    case 'text': {
      const first = firstOf(value);
      return first === undefined ? '' : String(first);
    }
  }
}

export function withOperator(rule: FilterRule, operator: FilterOperator): FilterRule {
  const value = valueForOperator(rule.value, operator);
  return value === undefined ? { field: rule.field, operator } : { field: rule.field, operator, value };
}

/** How a stored value shows in a text input: a list as "a, b", anything else as typed. */
export function valueAsText(value: FilterValue | undefined): string {
  if (value === undefined) return '';
  return Array.isArray(value) ? value.join(', ') : String(value);
}

export function emptyRule(): FilterRule {
  return { field: '', operator: 'equals', value: '' };
}
