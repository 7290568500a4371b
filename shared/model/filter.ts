import { z } from 'zod';

/**
 * A generic rule tree shared by the entry audience filter, custom-event property rules and
 * the condition step. It stays deliberately structural (field paths and operators as data)
 * so the filter builder, the validator and the sender can each interpret it.
 */
export const FILTER_OPERATORS = [
  'equals',
  'notEquals',
  'contains',
  'notContains',
  'startsWith',
  'endsWith',
  'greaterThan',
  'greaterThanOrEqual',
  'lessThan',
  'lessThanOrEqual',
  'in',
  'notIn',
  'isSet',
  'isNotSet',
  'before',
  'after',
] as const;
export const FilterOperatorSchema = z.enum(FILTER_OPERATORS);
export type FilterOperator = z.infer<typeof FilterOperatorSchema>;

const OPERATOR_WORDING: Readonly<Record<FilterOperator, string>> = {
  equals: 'is',
  notEquals: 'is not',
  contains: 'contains',
  notContains: 'does not contain',
  startsWith: 'starts with',
  endsWith: 'ends with',
  greaterThan: '>',
  greaterThanOrEqual: '≥',
  lessThan: '<',
  lessThanOrEqual: '≤',
  in: 'is one of',
  notIn: 'is none of',
  isSet: 'is set',
  isNotSet: 'is not set',
  before: 'is before',
  after: 'is after',
};

export const FilterValueSchema = z.union(
  [z.string(), z.number(), z.boolean(), z.array(z.string()), z.array(z.number())],
  { error: 'Expected a string, number, boolean, or a list of strings or of numbers' },
);
export type FilterValue = z.infer<typeof FilterValueSchema>;

export const FilterCombinatorSchema = z.enum(['and', 'or']);
export type FilterCombinator = z.infer<typeof FilterCombinatorSchema>;

/** `value` is optional because operators such as isSet take none. */
export const FilterRuleSchema = z
  .object({
    field: z.string(),
    operator: FilterOperatorSchema,
    value: FilterValueSchema.optional(),
  })
  .strict();
export type FilterRule = z.infer<typeof FilterRuleSchema>;

export const FilterGroupSchema = z
  .object({
    combinator: FilterCombinatorSchema,
    rules: z.array(FilterRuleSchema),
  })
  .strict();
export type FilterGroup = z.infer<typeof FilterGroupSchema>;

export const FilterSchema = z
  .object({
    combinator: FilterCombinatorSchema,
    groups: z.array(FilterGroupSchema),
  })
  .strict();
export type Filter = z.infer<typeof FilterSchema>;

export function emptyFilter(): Filter {
  return { combinator: 'and', groups: [] };
}

export function describeRule({ field, operator, value }: FilterRule): string {
  const subject = field === '' ? '(no field)' : field;
  const shownValue = Array.isArray(value) ? value.join(', ') : value;
  return shownValue === undefined
    ? `${subject} ${OPERATOR_WORDING[operator]}`
    : `${subject} ${OPERATOR_WORDING[operator]} ${String(shownValue)}`;
}

/** A single rule is spelled out; more are counted, which is all a canvas card has room for. */
export function describeRules(rules: readonly FilterRule[]): string {
  const [first] = rules;
  if (first === undefined) return 'no conditions';
  if (rules.length === 1) return describeRule(first);
  return `${rules.length} conditions`;
}

export function describeFilter(filter: Filter): string {
  return describeRules(filter.groups.flatMap((group) => group.rules));
}
