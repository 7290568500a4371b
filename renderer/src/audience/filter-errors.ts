import { validateFilter, type FieldDefinition } from '../../../shared/audience/index';
import type { Filter } from '../../../shared/model/index';

/**
 * A filter's problems keyed by their path in the filter ("groups[0].rules[1].value"), the shape the
 * filter editor shows errors in. Only the first problem at a path is kept: one message per input.
 */
export function filterErrorsOf(filter: Filter, fields: readonly FieldDefinition[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of validateFilter(filter, fields)) errors[issue.path] ??= issue.message;
  return errors;
}

/** A filter worth sending: at least one rule, and none the validator objects to. */
export function isUsableFilter(filter: Filter, fields: readonly FieldDefinition[]): boolean {
  return filter.groups.some((group) => group.rules.length > 0) && validateFilter(filter, fields).length === 0;
}
