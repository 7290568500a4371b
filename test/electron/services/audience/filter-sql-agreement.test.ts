import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3';
import type { Filter } from '../../../../shared/model/filter';
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
import { filterToSql } from '../../../../electron/services/audience/filter-to-sql';
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
 * layout, ~5,000 generated contacts plus rows of odd data, contact lists — and for thousands of
 * filters (every field × every operator × many values, invalid rules, random nesting) the set of
 * customers the SQL selects must be exactly the set compileFilter accepts.
 */

const NOW = new Date('2025-06-01T12:00:00.000Z');
const GENERATED = 5_000;
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

const statements = new Map<string, Database.Statement>();

function compare(filter: Filter): Outcome {
  const where = filterToSql(filter, { fields, now: NOW });
  if ('unsupported' in where) throw new Error(`unsupported: ${where.unsupported}`);
  const text = `SELECT customer_id FROM contacts WHERE ${where.sql}`;
  let statement = statements.get(text);
  if (statement === undefined) {
    statement = db.prepare(text).pluck();
    statements.set(text, statement);
  }
  const fromSql = new Set(statement.all(...where.params) as string[]);
  const matches = compileFilter(filter, { fields, now: NOW, listMembership: membership });
  const fromEvaluator = new Set(contacts.filter(matches).map((contact) => contact.customerId));
  return {
    sqlCount: fromSql.size,
    evaluatorCount: fromEvaluator.size,
    onlyInSql: [...fromSql].filter((id) => !fromEvaluator.has(id)).slice(0, 5),
    onlyInEvaluator: [...fromEvaluator].filter((id) => !fromSql.has(id)).slice(0, 5),
  };
}

/** Runs the filters and returns the disagreements, each with enough detail to debug. */
function disagreements(filters: readonly Filter[]): { filter: string; outcome: Outcome }[] {
  return filters
    .map((filter) => ({ filter: JSON.stringify(filter), outcome: compare(filter) }))
    .filter(({ outcome }) => outcome.onlyInSql.length > 0 || outcome.onlyInEvaluator.length > 0)
    .slice(0, 10);
}

function fieldsOfType(type: FieldType): FieldDefinition[] {
  return fields.filter((field) => field.type === type);
}

describe('filterToSql agrees with compileFilter on a real SQLite database', () => {
  it('holds the data the comparison needs: thousands of contacts, odd rows and lists', () => {
    expect(contacts.length).toBe(GENERATED + ODD_ROWS.length);
    expect(
      db.prepare("SELECT count(*) FROM contact_list_members WHERE list_id = 'list-a'").pluck().get(),
    ).toBeGreaterThan(1000);
    expect(FIELD_TYPES.every((type) => fieldsOfType(type).length > 0)).toBe(true);
  });

  it.each(FIELD_TYPES)('every operator on every %s field, many values', (type) => {
    const rules = singleRules(contacts, fieldsOfType(type), FIELD_TYPES.indexOf(type) + 1, 10);
    expect(rules.length).toBeGreaterThan(40);
    expect(disagreements(rules.map(filterOf))).toEqual([]);
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
    ).toBeGreaterThan(1000);
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
    const rules = singleRules(contacts, fields, 5, 6);
    const valid = rules.filter((rule) => validateFilter(filterOf(rule), fields).length === 0);
    expect(valid.length).toBeGreaterThan(500);
    const splitting = new Set<string>();
    let splits = 0;
    for (const rule of valid) {
      const { sqlCount } = compare(filterOf(rule));
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
