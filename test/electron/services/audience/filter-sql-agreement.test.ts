import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3';
import type { Filter, FilterRule } from '../../../../shared/model/filter';
import { seededRandom } from '../../../support/seeded-random';
import {
  allFields,
  compileFilter,
  FIELD_TYPES,
  listMembershipFrom,
  validateFilter,
  fieldLookup,
  OPERATORS_BY_TYPE,
  type Contact,
  type FieldDefinition,
  type FieldType,
  type ListMembership,
} from '../../../../shared/audience/index';
import { filterToSql, type SqlCondition } from '../../../../electron/services/audience/filter-to-sql';
import { GENERATED_CUSTOM_FIELDS, generateContacts } from '../../../support/generate-contacts';
import {
  insertContacts,
  insertMembers,
  insertRows,
  openContactsDb,
  readContacts,
  readLists,
  type ContactsDb,
} from './support/contacts-db';
import { compoundFilters, filterOf, singleRules } from './support/filter-cases';
import { EXTRA_FIELDS, ODD_ROWS, STRANGER_IDS } from './support/odd-rows';

/**
 * The proof that filterToSql means what the evaluator means: one SQLite database in the documented
 * layout, 2,000 generated contacts plus rows of odd data, contact lists — and for thousands of
 * filters (every field × every operator × many values, invalid rules, random nesting) the set of
 * customers the SQL selects must be exactly the set compileFilter accepts.
 *
 * The bulk of the filters is checked in batches: one scan of the table computes a hundred filters'
 * conditions side by side (each as `CASE WHEN <condition> THEN 1 ELSE 0 END`, which is exactly
 * what WHERE makes of it), so each row is read once per batch rather than once per filter. A few
 * filters still run as the WHERE clause they are written for.
 */

const NOW = new Date('2025-06-01T12:00:00.000Z');
const GENERATED = 2_000;
const fields: FieldDefinition[] = allFields([...GENERATED_CUSTOM_FIELDS, ...EXTRA_FIELDS]);
const lookup = fieldLookup(fields);

let store: ContactsDb;
let db: Database.Database;
let contacts: Contact[];
let membership: ListMembership;

beforeAll(() => {
  store = openContactsDb();
  db = store.db;
  insertContacts(db, generateContacts(GENERATED, { seed: 42, now: NOW }));
  insertRows(db, ODD_ROWS);
  const random = seededRandom(7);
  const ids = (db.prepare('SELECT customer_id FROM contacts').pluck().all() as string[]).sort();
  insertMembers(db, 'list-a', [...ids.filter(() => random.int(100) < 30), ...STRANGER_IDS]);
  insertMembers(
    db,
    'list-b',
    ids.filter(() => random.int(100) < 5),
  );
  insertMembers(db, 'list-empty-but-others', STRANGER_IDS);
  // Both sides read the same data: the evaluator gets the rows as the store would return them.
  contacts = readContacts(db);
  membership = listMembershipFrom(readLists(db));
});

afterAll(() => store.close());

interface Outcome {
  sqlCount: number;
  evaluatorCount: number;
  onlyInSql: string[];
  onlyInEvaluator: string[];
}

/** Conditions per scan: far below SQLite's limits on columns (2,000) and bound parameters. */
const BATCH = 100;

function sqlOf(filter: Filter): SqlCondition {
  const where = filterToSql(filter, { fields, now: NOW });
  if ('unsupported' in where) throw new Error(`unsupported: ${where.unsupported}`);
  return where;
}

const statements = new Map<string, Database.Statement>();

/** One filter as the WHERE clause it is written for. */
function compare(filter: Filter): Outcome {
  const where = sqlOf(filter);
  const text = `SELECT customer_id FROM contacts WHERE ${where.sql}`;
  let statement = statements.get(text);
  if (statement === undefined) {
    statement = db.prepare(text).pluck();
    statements.set(text, statement);
  }
  return outcomeOf(new Set(statement.all(...where.params) as string[]), selectedByEvaluator(filter));
}

/** The customers each filter's SQL selects, for many filters: one table scan per batch. */
function selectedBySql(filters: readonly Filter[]): Set<string>[] {
  const conditions = filters.map(sqlOf);
  const selected = conditions.map(() => new Set<string>());
  for (let start = 0; start < conditions.length; start += BATCH) {
    const batch = conditions.slice(start, start + BATCH);
    const columns = batch.map((condition) => `CASE WHEN ${condition.sql} THEN 1 ELSE 0 END`).join(',\n');
    const rows = db
      .prepare(`SELECT customer_id, ${columns} FROM contacts`)
      .raw()
      .all(...batch.flatMap((condition) => condition.params)) as [string, ...number[]][];
    for (const row of rows) {
      for (let column = 1; column < row.length; column += 1) {
        if (row[column] === 1) selected[start + column - 1]!.add(row[0]);
      }
    }
  }
  return selected;
}

function outcomeOf(fromSql: Set<string>, fromEvaluator: Set<string>): Outcome {
  return {
    sqlCount: fromSql.size,
    evaluatorCount: fromEvaluator.size,
    onlyInSql: [...fromSql].filter((id) => !fromEvaluator.has(id)).slice(0, 5),
    onlyInEvaluator: [...fromEvaluator].filter((id) => !fromSql.has(id)).slice(0, 5),
  };
}

function selectedByEvaluator(filter: Filter): Set<string> {
  const matches = compileFilter(filter, { fields, now: NOW, listMembership: membership });
  return new Set(contacts.filter(matches).map((contact) => contact.customerId));
}

/** Every filter's outcome, the SQL side computed in batches. */
function outcomes(filters: readonly Filter[]): Outcome[] {
  const fromSql = selectedBySql(filters);
  return filters.map((filter, index) => outcomeOf(fromSql[index]!, selectedByEvaluator(filter)));
}

/** The disagreements among the outcomes, each with enough detail to debug. */
function disagreementsIn(
  filters: readonly Filter[],
  results: readonly Outcome[],
): { filter: string; outcome: Outcome }[] {
  return filters
    .map((filter, index) => ({ filter: JSON.stringify(filter), outcome: results[index]! }))
    .filter(({ outcome }) => outcome.onlyInSql.length > 0 || outcome.onlyInEvaluator.length > 0)
    .slice(0, 10);
}

/** Runs the filters and returns the disagreements. */
function disagreements(filters: readonly Filter[]): { filter: string; outcome: Outcome }[] {
  return disagreementsIn(filters, outcomes(filters));
}

function fieldsOfType(type: FieldType): FieldDefinition[] {
  return fields.filter((field) => field.type === type);
}

interface SingleRuleCases {
  rules: FilterRule[];
  outcomes: Outcome[];
}

const singleRuleCases = new Map<FieldType, SingleRuleCases>();

/**
 * Every operator on every field of the type with many values, and their outcomes: computed once,
 * for the agreement test of the type and for the test that they are sharp.
 */
function singleRulesOfType(type: FieldType): SingleRuleCases {
  let cases = singleRuleCases.get(type);
  if (cases === undefined) {
    const rules = singleRules(contacts, fieldsOfType(type), FIELD_TYPES.indexOf(type) + 1, 10);
    cases = { rules, outcomes: outcomes(rules.map(filterOf)) };
    singleRuleCases.set(type, cases);
  }
  return cases;
}

describe('filterToSql agrees with compileFilter on a real SQLite database', () => {
  it('holds the data the comparison needs: thousands of contacts, odd rows and lists', () => {
    expect(contacts.length).toBe(GENERATED + ODD_ROWS.length);
    expect(
      db.prepare("SELECT count(*) FROM contact_list_members WHERE list_id = 'list-a'").pluck().get(),
    ).toBeGreaterThan(400);
    expect(FIELD_TYPES.every((type) => fieldsOfType(type).length > 0)).toBe(true);
  });

  it.each(FIELD_TYPES)('every operator on every %s field, many values', (type) => {
    const { rules, outcomes: results } = singleRulesOfType(type);
    expect(rules.length).toBeGreaterThan(40);
    expect(disagreementsIn(rules.map(filterOf), results)).toEqual([]);
  });

  it('contact-list rules, including lists with no contacts and lists that do not exist', () => {
    const lists = ['list-a', 'list-b', 'list-empty-but-others', 'list-missing', ' list-a ', ''];
    const filters = lists.flatMap((listId) =>
      (['inContactList', 'notInContactList'] as const).map((operator) =>
        filterOf({ field: 'customerId', operator, value: listId }),
      ),
    );
    expect(disagreements(filters)).toEqual([]);
    expect(
      compare(filterOf({ field: 'customerId', operator: 'inContactList', value: 'list-a' })).sqlCount,
    ).toBeGreaterThan(400);
    expect(
      compare(filterOf({ field: 'customerId', operator: 'inContactList', value: 'list-empty-but-others' })).sqlCount,
    ).toBe(0);
  });

  it('random AND/OR nesting of valid and invalid rules, empty groups included', () => {
    const rules = singleRules(contacts, fields, 99, 3);
    const filters: Filter[] = [
      { combinator: 'and', groups: [] },
      { combinator: 'or', groups: [{ combinator: 'and', rules: [] }] },
      ...compoundFilters(rules, 2024, 700),
    ];
    expect(disagreements(filters)).toEqual([]);
  });

  it('is a sharp test: most valid rules split the contacts, for every operator on every type', () => {
    const cases = FIELD_TYPES.flatMap((type) => {
      const { rules, outcomes: results } = singleRulesOfType(type);
      return rules.map((rule, index) => ({ rule, sqlCount: results[index]!.sqlCount }));
    });
    const rules = cases.map(({ rule }) => rule);
    const valid = cases.filter(({ rule }) => validateFilter(filterOf(rule), fields).length === 0);
    expect(valid.length).toBeGreaterThan(500);
    const splitting = new Set<string>();
    let splits = 0;
    for (const { rule, sqlCount } of valid) {
      if (sqlCount > 0 && sqlCount < contacts.length) {
        splits += 1;
        splitting.add(`${lookup(rule.field)?.type} ${rule.operator}`);
      }
    }
    expect(splits / valid.length).toBeGreaterThan(0.6);
    // A rule that selects no one or everyone proves little; each pairing must have split somewhere.
    const pairings = FIELD_TYPES.flatMap((type) => OPERATORS_BY_TYPE[type].map((operator) => `${type} ${operator}`));
    expect(pairings.filter((pairing) => !splitting.has(pairing))).toEqual([]);
    expect(['inContactList', 'notInContactList'].filter((operator) => !splitting.has(`text ${operator}`))).toEqual([]);
    // Invalid rules are in the mix too, and match no one on both sides.
    expect(rules.length - valid.length).toBeGreaterThan(100);
  });

  it('agrees on the values where the two could most easily drift apart', () => {
    const probes: Filter[] = [
      // ASCII-only case folding: İ, Ü and ß are not folded by lower(), so not by the evaluator either.
      filterOf({ field: 'city', operator: 'equals', value: 'MÜNCHEN' }),
      filterOf({ field: 'city', operator: 'equals', value: 'münchen' }),
      filterOf({ field: 'firstName', operator: 'startsWith', value: 'i' }),
      filterOf({ field: 'lastName', operator: 'contains', value: 'ß' }),
      // Decomposed accents stored as written; rule values are NFC, so they match precomposed data only.
      filterOf({ field: 'city', operator: 'contains', value: 'Mu\u0308n' }),
      // LIKE wildcards and quotes are plain characters.
      filterOf({ field: 'lastName', operator: 'contains', value: '%' }),
      filterOf({ field: 'firstName', operator: 'equals', value: 'a_b' }),
      filterOf({ field: 'lastName', operator: 'equals', value: "o'brien" }),
      filterOf({ field: 'tags', operator: 'in', value: ['%', '_'] }),
      // Boundaries: inclusive between, strict comparisons, a day on a date-time field.
      filterOf({ field: 'loyaltyPoints', operator: 'between', value: [0, 0] }),
      filterOf({ field: 'lifetime_value', operator: 'lessThan', value: 0 }),
      filterOf({ field: 'createdAt', operator: 'equals', value: '2024-03-10' }),
      filterOf({ field: 'createdAt', operator: 'isNotSet' }),
      filterOf({ field: 'pushTokens', operator: 'isSet' }),
      filterOf({ field: 'pushTokens', operator: 'contains', value: 'token-upper' }),
      filterOf({ field: 'email', operator: 'endsWith', value: '@EXAMPLE.com' }),
      filterOf({ field: 'email', operator: 'isNotSet' }),
    ];
    expect(disagreements(probes)).toEqual([]);
    const count = (filter: Filter) => compare(filter).sqlCount;
    expect(count(probes[0] as Filter)).toBeGreaterThan(0);
    expect(count(probes[0] as Filter)).not.toBe(count(probes[1] as Filter));
    expect(count(probes[5] as Filter)).toBe(1);
    expect(count(probes[12] as Filter)).toBe(2);
  });
});
