import type { FilterOperator } from '../model/filter';
import type { FieldDefinition, FieldType } from './customer-fields';

/**
 * Which rule operators apply to which field type: what the filter builder offers, and what
 * validateFilter accepts. A textList's contains / notContains / in / notIn ask about its members.
 */
export const OPERATORS_BY_TYPE: Readonly<Record<FieldType, readonly FilterOperator[]>> = {
  text: [
    'equals',
    'notEquals',
    'contains',
    'notContains',
    'startsWith',
    'endsWith',
    'in',
    'notIn',
    'isSet',
    'isNotSet',
  ],
  choice: ['equals', 'notEquals', 'in', 'notIn', 'isSet', 'isNotSet'],
  number: [
    'equals',
    'notEquals',
    'greaterThan',
    'greaterThanOrEqual',
    'lessThan',
    'lessThanOrEqual',
    'between',
    'in',
    'notIn',
    'isSet',
    'isNotSet',
  ],
  boolean: ['equals', 'notEquals', 'isSet', 'isNotSet'],
  date: ['equals', 'notEquals', 'before', 'after', 'between', 'withinLastDays', 'isSet', 'isNotSet'],
  dateTime: ['equals', 'notEquals', 'before', 'after', 'between', 'withinLastDays', 'isSet', 'isNotSet'],
  textList: ['contains', 'notContains', 'in', 'notIn', 'isSet', 'isNotSet'],
};

/**
 * Contact lists are uploaded lists of customerIds, so "is in contact list X" is a rule on the
 * customerId field (value: the list id). The builder can offer a "Contact list" row that writes it.
 */
export const CONTACT_LIST_FIELD = 'customerId';
export const CONTACT_LIST_OPERATORS: readonly FilterOperator[] = ['inContactList', 'notInContactList'];

export function operatorsForField(field: Pick<FieldDefinition, 'key' | 'type'>): readonly FilterOperator[] {
  const byType = OPERATORS_BY_TYPE[field.type];
  return field.key === CONTACT_LIST_FIELD ? [...byType, ...CONTACT_LIST_OPERATORS] : byType;
}

/** Operators that are the exact complement of another: true for every contact the other is not. */
export const NEGATED_OPERATORS: Readonly<Partial<Record<FilterOperator, FilterOperator>>> = {
  notEquals: 'equals',
  notContains: 'contains',
  notIn: 'in',
  isNotSet: 'isSet',
  notInContactList: 'inContactList',
};
