import { seededRandom, type SeededRandom } from '../../../../support/seeded-random';
import type { Filter, FilterOperator, FilterRule, FilterValue } from '../../../../../shared/model/filter';
import { FILTER_OPERATORS } from '../../../../../shared/model/filter';
import {
  fieldValue,
  operatorsForField,
  type Contact,
  type FieldDefinition,
} from '../../../../../shared/audience/index';

type Scalar = string | number | boolean;

/** Distinct values of one type found in the data, in a stable order. */
function found<T>(contacts: readonly Contact[], key: string, keep: (value: unknown) => value is T): T[] {
  const values = new Set<T>();
  for (const contact of contacts) {
    const value = fieldValue(contact, key);
    if (Array.isArray(value))
      for (const item of value) {
        if (keep(item)) values.add(item);
      }
    else if (keep(value)) values.add(value);
  }
  return [...values].sort((a, b) => String(a).localeCompare(String(b)));
}

const isString = (value: unknown): value is string => typeof value === 'string' && value !== '';
const isNumber = (value: unknown): value is number => typeof value === 'number';

function sample<T>(random: SeededRandom, items: readonly T[], count: number): T[] {
  const copy = [...items];
  random.shuffle(copy);
  return copy.slice(0, count);
}

function swapAsciiCase(text: string): string {
  return text.replace(/[A-Za-z]/g, (letter) =>
    letter === letter.toUpperCase() ? letter.toLowerCase() : letter.toUpperCase(),
  );
}

/** Text values that probe case, accents, normal forms, SQL wildcards and quoting. */
const AWKWARD_TEXT: readonly Scalar[] = [
  "O'Brien",
  '%',
  '_',
  "'",
  '"',
  '\\',
  'a%b',
  '50% off',
  'ü',
  'Ü',
  'İ',
  'i',
  'ı',
  'ÄRGER',
  'nonexistent-zzz',
  ' Berlin ',
  'berlin',
  'BERLIN',
  'MÜNCHEN',
  'münchen',
  'München'.normalize('NFD'),
  'São Paulo',
  'sa\u0303o',
  'ÉLODIE',
  'zoë',
  '@gmail.com',
  'GMAIL.COM',
  '+49',
  '+4915',
  'europe/',
  'EN',
  'en-',
  'cus_00001',
  'CUS_0000',
  42,
  10115,
  'vip',
  'VIP',
  'Vip',
  'Ünïcode',
  'ÜNÏCODE',
  'ünïcode',
  'früh-bucher',
  'FRÜH-BUCHER',
  'a',
  'e',
  'token-upper',
  '[',
  '"vip"',
];

/** Values found in the data (most rules use one, so they select someone) and odd ones. */
interface Pool {
  real: Scalar[];
  odd: Scalar[];
}

function textPool(random: SeededRandom, contacts: readonly Contact[], key: string): Pool {
  const real = sample(random, found(contacts, key, isString), 6);
  const variants = real.flatMap((value) => [
    value.toUpperCase(),
    value.toLowerCase(),
    swapAsciiCase(value),
    value.normalize('NFD'),
    value.slice(0, 3),
    value.slice(-3),
    value.slice(1, -1),
  ]);
  return { real: [...real, ...variants.filter((value) => value.trim() !== '')], odd: [...AWKWARD_TEXT] };
}

function numberPool(random: SeededRandom, contacts: readonly Contact[], key: string): Pool {
  const real = sample(random, found(contacts, key, isNumber), 8);
  return {
    real: [...real, 0, 100, 2500, 1234.56],
    odd: [-1, 1, 12, 4999.99, 5000, 1e9, -12.5, 1.5e-7, '1,234.5', '42', ' 100 ', '12abc', true],
  };
}

function dayPool(random: SeededRandom, contacts: readonly Contact[], key: string): Pool {
  const real = sample(
    random,
    found(contacts, key, isString).filter((value) => /^\d{4}-\d{2}-\d{2}$/.test(value)),
    6,
  );
  return {
    real: [...real, '1970-01-01', '1 May 1980', 'May 1, 1990', '2024-05-01'],
    odd: ['2000-02-29', '2024-02-30', '05/06/2024', 'soon', 12],
  };
}

function instantPool(random: SeededRandom, contacts: readonly Contact[], key: string): Pool {
  const real = sample(
    random,
    found(contacts, key, isString).filter((value) => value.endsWith('Z')),
    5,
  );
  const shifted = real.flatMap((value) => {
    const ms = Date.parse(value);
    return [new Date(ms - 1).toISOString(), new Date(ms + 1).toISOString(), value.slice(0, 10)];
  });
  return {
    real: [...real, ...shifted, '2024-05-01T10:00:00+02:00', '2024-05-01', '2023-12-31T23:59:59.999Z'],
    odd: ['2025-06-01T12:00:00Z', '9999-12-31', '1000-01-01', 'yesterday'],
  };
}

const DAY_COUNTS: readonly Scalar[] = [1, 7, 30, 365, 3650, 15_000, 20_000, 25_000, '30', 0, 1.5, -3];

function valuePool(random: SeededRandom, contacts: readonly Contact[], field: FieldDefinition): Pool {
  switch (field.type) {
    case 'text':
      return textPool(random, contacts, field.key);
    case 'choice': {
      const options = field.options ?? [];
      return {
        real: [...options, ...options.flatMap((o) => [o.toUpperCase(), o.toLowerCase()])],
        odd: ['Diamond', ' gold '],
      };
    }
    case 'textList':
      return textPool(random, contacts, field.key);
    case 'number':
      return numberPool(random, contacts, field.key);
    case 'boolean':
      return { real: [true, false, 'yes', 'No', '1', '0'], odd: ['maybe', 2] };
    case 'date':
      return dayPool(random, contacts, field.key);
    case 'dateTime':
      return instantPool(random, contacts, field.key);
  }
}

const LIST_IDS: readonly Scalar[] = ['list-a', 'list-b', 'list-empty', 'list-missing', '', ' list-a '];

function ruleValue(random: SeededRandom, operator: FilterOperator, pool: Pool): FilterValue | undefined {
  const one = (): Scalar => {
    const from = pool.odd.length === 0 || (pool.real.length > 0 && random.int(100) < 70) ? pool.real : pool.odd;
    return from[random.int(from.length)] as Scalar;
  };
  switch (operator) {
    case 'isSet':
    case 'isNotSet':
      return undefined;
    case 'in':
    case 'notIn': {
      const items = Array.from({ length: 1 + random.int(3) }, one);
      return items.every((item) => typeof item === 'number') ? (items as number[]) : items.map(String);
    }
    case 'between': {
      const pair = [one(), one()];
      if (random.int(4) !== 0) pair.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      return pair.every((item) => typeof item === 'number') ? (pair as number[]) : pair.map(String);
    }
    case 'withinLastDays':
      return DAY_COUNTS[random.int(DAY_COUNTS.length)] as Scalar;
    case 'inContactList':
    case 'notInContactList':
      return LIST_IDS[random.int(LIST_IDS.length)] as Scalar;
    default:
      return one();
  }
}

function rule(field: string, operator: FilterOperator, value: FilterValue | undefined): FilterRule {
  return value === undefined ? { field, operator } : { field, operator, value };
}

/**
 * Single-rule cases: every field with every operator its type allows, each with several values
 * drawn from the data and its awkward variants; plus rules that are wrong on purpose.
 */
export function singleRules(
  contacts: readonly Contact[],
  fields: readonly FieldDefinition[],
  seed: number,
  perOperator: number,
): FilterRule[] {
  const random = seededRandom(seed);
  const rules: FilterRule[] = [];
  for (const field of fields) {
    const pool = valuePool(random, contacts, field);
    for (const operator of operatorsForField(field)) {
      const count = operator === 'isSet' || operator === 'isNotSet' ? 1 : perOperator;
      for (let i = 0; i < count; i += 1) rules.push(rule(field.key, operator, ruleValue(random, operator, pool)));
    }
    // Every operator the type does not allow, once: the rule is invalid and must match no one.
    for (const operator of FILTER_OPERATORS) {
      if (!operatorsForField(field).includes(operator))
        rules.push(rule(field.key, operator, ruleValue(random, operator, pool)));
    }
  }
  rules.push(
    rule('customer.city', 'equals', 'Berlin'),
    rule('customer.tags', 'contains', 'vip'),
    rule('noSuchField', 'isNotSet', undefined),
    rule('', 'equals', 'x'),
    rule('city', 'in', []),
    rule('loyaltyPoints', 'between', [1]),
    rule('loyaltyPoints', 'between', [900, 100]),
    rule('loyaltyPoints', 'equals', [1, 2]),
  );
  return rules;
}

function group(random: SeededRandom, rules: readonly FilterRule[]): Filter['groups'][number] {
  const size = random.int(5);
  return {
    combinator: random.int(2) === 0 ? 'and' : 'or',
    rules: Array.from({ length: size }, () => rules[random.int(rules.length)] as FilterRule),
  };
}

/** Filters of one to three groups of zero to four rules, with random combinators at both levels. */
export function compoundFilters(rules: readonly FilterRule[], seed: number, count: number): Filter[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => ({
    combinator: random.int(2) === 0 ? 'and' : 'or',
    groups: Array.from({ length: 1 + random.int(3) }, () => group(random, rules)),
  }));
}

export function filterOf(rule: FilterRule): Filter {
  return { combinator: 'and', groups: [{ combinator: 'and', rules: [rule] }] };
}
