import { describeOperator, type FilterOperator, type FilterRule, type FilterValue } from '../model/filter';
import { FIELD_TYPE_LABELS, type FieldDefinition } from './customer-fields';
import type { FieldLookup } from './field-lookup';
import { CONTACT_LIST_FIELD, CONTACT_LIST_OPERATORS, NEGATED_OPERATORS, operatorsForField } from './operators-by-type';
import {
  readBoolean,
  readChoice,
  readDay,
  readDayOrInstant,
  readDays,
  readEach,
  readNumber,
  readText,
  valueIssue,
  valuesOf,
  type DayOrInstant,
  type RuleIssue,
  type Scalar,
  type ValueRead,
} from './rule-values';
import { foldCase } from './text-case';
import { addDays, shiftMs, startOfUtcDay } from './value-shapes';

/**
 * A rule checked against the fields and reduced to one of a few conditions. The evaluator and the
 * SQL translation both start from this, never from the raw rule, so every decision about what a
 * rule means (value coercion, case folding, date bounds) is made once, here, for both.
 */

export interface Bound {
  value: number | string;
  inclusive: boolean;
}

export type Condition =
  /** The field has a value (of its type; for a list, at least one non-empty item). */
  | { kind: 'isSet' }
  /** Text/choice: the value is one of `values`; list: some item is. Folded with foldCase. */
  | { kind: 'textIn'; values: string[] }
  /** Text: contains / starts with / ends with `value`, both folded. */
  | { kind: 'textMatch'; mode: 'contains' | 'startsWith' | 'endsWith'; value: string }
  | { kind: 'numberIn'; values: number[] }
  | { kind: 'booleanIs'; value: boolean }
  /** Number, or a date / date-time as its ISO text; at least one bound. */
  | { kind: 'range'; lower?: Bound; upper?: Bound }
  /** Date / date-time within the last `days` days up to now: bounds depend on the time of evaluation. */
  | { kind: 'withinLastDays'; days: number }
  | { kind: 'inContactList'; listId: string };

export interface PreparedRule {
  field: FieldDefinition;
  condition: Condition;
  /** True for the "not" operators: the rule holds exactly where the condition does not (unset included). */
  negate: boolean;
}

export type RulePreparation = { ok: true; rule: PreparedRule } | { ok: false; issues: RuleIssue[] };

type ConditionRead = ValueRead<Condition> | { ok: false; issues: RuleIssue[] };

function fail(issue: RuleIssue): RulePreparation {
  return { ok: false, issues: [issue] };
}

function fromEach<T>(
  value: FilterValue | undefined,
  read: (item: Scalar, index: number) => ValueRead<T>,
  build: (values: T[]) => Condition,
): ConditionRead {
  const items = valuesOf(value);
  if (items.length === 0) return valueIssue('missingValue', 'Enter at least one value');
  const { values, issues } = readEach(items, read);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: build(values) };
}

function single<T>(read: ValueRead<T>, build: (value: T) => Condition): ConditionRead {
  return read.ok ? { ok: true, value: build(read.value) } : read;
}

function mapRead<T, U>(read: ValueRead<T>, map: (value: T) => U): ValueRead<U> {
  return read.ok ? { ok: true, value: map(read.value) } : read;
}

function mapScalar(value: FilterValue | undefined, then: (item: Scalar) => ConditionRead): ConditionRead {
  const scalar = scalarOf(value);
  return scalar.ok ? then(scalar.value) : scalar;
}

function scalarOf(value: FilterValue | undefined): ValueRead<Scalar> {
  if (Array.isArray(value)) return valueIssue('invalidValue', 'Enter one value, not a list');
  return { ok: true, value };
}

/** between takes [from, to]; both ends included. */
function pairOf(value: FilterValue | undefined): ValueRead<[Scalar, Scalar]> {
  if (!Array.isArray(value) || value.length !== 2)
    return valueIssue('betweenNeedsTwoValues', '"is between" needs two values: from and to');
  return { ok: true, value: [value[0], value[1]] };
}

function checkedRange(lower: Bound, upper: Bound, message: string): ConditionRead {
  const empty = lower.value > upper.value || (lower.value === upper.value && !(lower.inclusive && upper.inclusive));
  return empty ? valueIssue('emptyRange', message) : { ok: true, value: { kind: 'range', lower, upper } };
}

function textCondition(
  operator: FilterOperator,
  field: FieldDefinition,
  value: FilterValue | undefined,
): ConditionRead {
  const isList = field.type === 'textList';
  const read = (item: Scalar, index?: number): ValueRead<string> =>
    field.type === 'choice'
      ? readChoice(item, field.options ?? [], field.key, index)
      : mapRead(readText(item, index), foldCase);
  switch (operator) {
    case 'in':
    case 'notIn':
      return fromEach(value, read, (values) => ({ kind: 'textIn', values }));
    case 'startsWith':
    case 'endsWith':
      return mapScalar(value, (item) =>
        single(read(item), (text) => ({ kind: 'textMatch', mode: operator, value: text })),
      );
    case 'contains':
    case 'notContains':
      // A list "contains" an item; text contains a substring.
      return mapScalar(value, (item) =>
        single(read(item), (text): Condition =>
          isList ? { kind: 'textIn', values: [text] } : { kind: 'textMatch', mode: 'contains', value: text },
        ),
      );
    default:
      return mapScalar(value, (item) => single(read(item), (text) => ({ kind: 'textIn', values: [text] })));
  }
}

function numberCondition(operator: FilterOperator, value: FilterValue | undefined): ConditionRead {
  const bound =
    (inclusive: boolean) =>
    (number: number): Bound => ({ value: number, inclusive });
  switch (operator) {
    case 'in':
    case 'notIn':
      return fromEach(value, readNumber, (values) => ({ kind: 'numberIn', values }));
    case 'between': {
      const pair = pairOf(value);
      if (!pair.ok) return pair;
      const { values, issues } = readEach(pair.value, readNumber);
      if (issues.length > 0) return { ok: false, issues };
      const [from = 0, to = 0] = values;
      return checkedRange(
        bound(true)(from),
        bound(true)(to),
        `The first number must not be greater than the second (${from} > ${to})`,
      );
    }
    default:
      return mapScalar(value, (item) =>
        single(readNumber(item), (number): Condition => {
          switch (operator) {
            case 'greaterThan':
              return { kind: 'range', lower: bound(false)(number) };
            case 'greaterThanOrEqual':
              return { kind: 'range', lower: bound(true)(number) };
            case 'lessThan':
              return { kind: 'range', upper: bound(false)(number) };
            case 'lessThanOrEqual':
              return { kind: 'range', upper: bound(true)(number) };
            default:
              return { kind: 'numberIn', values: [number] };
          }
        }),
      );
  }
}

/** Bounds on a date field: days compare as YYYY-MM-DD text. */
function dateCondition(operator: FilterOperator, value: FilterValue | undefined): ConditionRead {
  if (operator === 'between') {
    const pair = pairOf(value);
    if (!pair.ok) return pair;
    const { values, issues } = readEach(pair.value, readDay);
    if (issues.length > 0) return { ok: false, issues };
    const [from = '', to = ''] = values;
    return checkedRange(
      { value: from, inclusive: true },
      { value: to, inclusive: true },
      `The first date must not be after the second (${from} > ${to})`,
    );
  }
  return mapScalar(value, (item) =>
    single(readDay(item), (day): Condition => {
      if (operator === 'before') return { kind: 'range', upper: { value: day, inclusive: false } };
      if (operator === 'after') return { kind: 'range', lower: { value: day, inclusive: false } };
      return { kind: 'range', lower: { value: day, inclusive: true }, upper: { value: day, inclusive: true } };
    }),
  );
}

/**
 * Bounds on a date-time field. A day value means the whole UTC day: "before 2024-05-01" is before
 * its first instant, "after 2024-05-01" from the next day on, "is 2024-05-01" any time that day.
 * An instant value is compared as it is. Stored instants have millisecond precision, so every
 * bound is written inclusive ("before T" is "at most T − 1 ms"): one shape for both backends,
 * and SQL can test it with a single BETWEEN.
 */
function dateTimeCondition(operator: FilterOperator, value: FilterValue | undefined): ConditionRead {
  const firstInstant = (at: DayOrInstant): string => ('day' in at ? startOfUtcDay(at.day) : at.instant);
  const lastInstant = (at: DayOrInstant): string =>
    'day' in at ? shiftMs(startOfUtcDay(addDays(at.day, 1)), -1) : at.instant;
  const atLeast = (instant: string): Bound => ({ value: instant, inclusive: true });
  if (operator === 'between') {
    const pair = pairOf(value);
    if (!pair.ok) return pair;
    const { values, issues } = readEach(pair.value, readDayOrInstant);
    if (issues.length > 0) return { ok: false, issues };
    const [from = { day: '' }, to = { day: '' }] = values;
    return checkedRange(
      atLeast(firstInstant(from)),
      atLeast(lastInstant(to)),
      'The first date must not be after the second',
    );
  }
  return mapScalar(value, (item) =>
    single(readDayOrInstant(item), (at): Condition => {
      if (operator === 'before') return { kind: 'range', upper: atLeast(shiftMs(firstInstant(at), -1)) };
      if (operator === 'after') return { kind: 'range', lower: atLeast(shiftMs(lastInstant(at), 1)) };
      return { kind: 'range', lower: atLeast(firstInstant(at)), upper: atLeast(lastInstant(at)) };
    }),
  );
}

function valueCondition(
  operator: FilterOperator,
  field: FieldDefinition,
  value: FilterValue | undefined,
): ConditionRead {
  switch (operator) {
    case 'isSet':
    case 'isNotSet':
      return { ok: true, value: { kind: 'isSet' } };
    case 'inContactList':
    case 'notInContactList':
      return mapScalar(value, (item) => {
        if (typeof item !== 'string' || item.trim() === '') return valueIssue('missingValue', 'Choose a contact list');
        return { ok: true, value: { kind: 'inContactList', listId: item.trim() } };
      });
    case 'withinLastDays':
      return mapScalar(value, (item) => single(readDays(item), (days) => ({ kind: 'withinLastDays', days })));
  }
  switch (field.type) {
    case 'text':
    case 'choice':
    case 'textList':
      return textCondition(operator, field, value);
    case 'number':
      return numberCondition(operator, value);
    case 'boolean':
      return mapScalar(value, (item) =>
        single(readBoolean(item), (boolean) => ({ kind: 'booleanIs', value: boolean })),
      );
    case 'date':
      return dateCondition(operator, value);
    case 'dateTime':
      return dateTimeCondition(operator, value);
  }
}

function operatorIssue(operator: FilterOperator, field: FieldDefinition): RuleIssue {
  const message = CONTACT_LIST_OPERATORS.includes(operator)
    ? `"${describeOperator(operator)}" is a rule on the ${CONTACT_LIST_FIELD} field, not on ${field.key}`
    : `"${describeOperator(operator)}" does not apply to ${field.key}, a ${FIELD_TYPE_LABELS[field.type].toLowerCase()} field`;
  return { code: 'operatorNotForType', message, target: 'operator' };
}

/** Checks a rule against the fields and reduces it to a condition, or lists what is wrong with it. */
export function prepareRule(rule: FilterRule, lookup: FieldLookup): RulePreparation {
  if (rule.field.trim() === '') return fail({ code: 'unknownField', message: 'Choose a field', target: 'field' });
  const field = lookup(rule.field);
  if (field === undefined)
    return fail({ code: 'unknownField', message: `There is no customer field "${rule.field}"`, target: 'field' });
  if (!operatorsForField(field).includes(rule.operator)) return fail(operatorIssue(rule.operator, field));
  const condition = valueCondition(rule.operator, field, rule.value);
  if (!condition.ok) return { ok: false, issues: 'issues' in condition ? condition.issues : [condition.issue] };
  return {
    ok: true,
    rule: { field, condition: condition.value, negate: NEGATED_OPERATORS[rule.operator] !== undefined },
  };
}
