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
  // Added with customer fields: a range (inclusive, value [low, high]), a rolling window of days
  // back from now (value N), and membership of an uploaded contact list (value: the list id).
  'between',
  'withinLastDays',
  'inContactList',
  'notInContactList',
] as const;
export const FilterOperatorSchema = z.enum(FILTER_OPERATORS);
export type FilterOperator = z.infer<typeof FilterOperatorSchema>;

/**
 * How each operator reads, in one table: `inSentence` in rule summaries and messages ("total ≥ 50"),
 * `inPicker` where the operator is chosen from a list and must read on its own. A Record, so a new
 * operator does not compile until it is named.
 */
const OPERATOR_WORDING: Readonly<Record<FilterOperator, { inSentence: string; inPicker: string }>> = {
  equals: { inSentence: 'is', inPicker: 'is' },
  notEquals: { inSentence: 'is not', inPicker: 'is not' },
  contains: { inSentence: 'contains', inPicker: 'contains' },
  notContains: { inSentence: 'does not contain', inPicker: 'does not contain' },
  startsWith: { inSentence: 'starts with', inPicker: 'starts with' },
  endsWith: { inSentence: 'ends with', inPicker: 'ends with' },
  greaterThan: { inSentence: '>', inPicker: 'is greater than' },
  greaterThanOrEqual: { inSentence: '≥', inPicker: 'is at least' },
  lessThan: { inSentence: '<', inPicker: 'is less than' },
  lessThanOrEqual: { inSentence: '≤', inPicker: 'is at most' },
  in: { inSentence: 'is one of', inPicker: 'is one of' },
  notIn: { inSentence: 'is none of', inPicker: 'is none of' },
  isSet: { inSentence: 'is set', inPicker: 'is set' },
  isNotSet: { inSentence: 'is not set', inPicker: 'is not set' },
  before: { inSentence: 'is before', inPicker: 'is before' },
  after: { inSentence: 'is after', inPicker: 'is after' },
  between: { inSentence: 'is between', inPicker: 'is between' },
  withinLastDays: { inSentence: 'is within the last', inPicker: 'is within the last' },
  inContactList: { inSentence: 'is in contact list', inPicker: 'is in list' },
  notInContactList: { inSentence: 'is not in contact list', inPicker: 'is not in list' },
};

/** The operator as it reads in a sentence ("is one of", "≥"): rule summaries and messages. */
export function describeOperator(operator: FilterOperator): string {
  return OPERATOR_WORDING[operator].inSentence;
}

/** The operator as a choice in a list ("is at least", "is in list"): the rule editor's operator select. */
export function operatorLabel(operator: FilterOperator): string {
  return OPERATOR_WORDING[operator].inPicker;
}

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
  // These two read as a phrase around the value rather than "operator value".
  if (operator === 'between' && Array.isArray(value) && value.length === 2) {
    return `${subject} ${describeOperator(operator)} ${String(value[0])} and ${String(value[1])}`;
  }
  if (operator === 'withinLastDays' && value !== undefined && !Array.isArray(value)) {
    return `${subject} ${describeOperator(operator)} ${String(value)} ${String(value) === '1' ? 'day' : 'days'}`;
  }
  const shownValue = Array.isArray(value) ? value.join(', ') : value;
  return shownValue === undefined
    ? `${subject} ${describeOperator(operator)}`
    : `${subject} ${describeOperator(operator)} ${String(shownValue)}`;
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
