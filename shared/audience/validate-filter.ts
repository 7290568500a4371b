import type { Filter } from '../model/filter';
import type { FieldDefinition } from './customer-fields';
import { planFilter, type FilterIssue } from './filter-plan';

/**
 * What is wrong with a filter's rules, in order: unknown fields, operators that do not apply to
 * the field's type, missing or unreadable values, "between" without two values or with them
 * reversed, choice values that are not options. An empty result means every rule is usable.
 * Rules with issues match no one (see FilterPlan).
 */
export function validateFilter(filter: Filter, fields: readonly FieldDefinition[]): FilterIssue[] {
  return planFilter(filter, fields).issues;
}
