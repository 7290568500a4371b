import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3';
import type { Filter, FilterRule } from '../../../../shared/model/filter';
import { allFields, type Contact, type CustomField, type FieldDefinition } from '../../../../shared/audience/index';
import {
  ATTRIBUTES_COLUMN,
  CONTACT_COLUMNS,
  CONTACTS_TABLE,
} from '../../../../electron/services/audience/contacts-table';
import { filterToSql, type SqlCondition } from '../../../../electron/services/audience/filter-to-sql';
import { BUILTIN_CUSTOMER_FIELDS } from '../../../../shared/templates/index';
import { insertContacts, insertMembers, openContactsDb, type ContactsDb } from './support/contacts-db';

const custom: CustomField[] = [
  { key: 'city', label: 'City', description: '', type: 'text' },
  { key: 'points', label: 'Points', description: '', type: 'number' },
  { key: 'tags', label: 'Tags', description: '', type: 'textList' },
  { key: 'last_order', label: 'Last order', description: '', type: 'dateTime' },
];
const fields = allFields(custom);
const NOW = new Date('2025-06-01T12:00:00.000Z');

function oneRule(rule: FilterRule): Filter {
  return { combinator: 'and', groups: [{ combinator: 'and', rules: [rule] }] };
}

function sqlOf(filter: Filter, tableAlias?: string): SqlCondition {
  const result = filterToSql(
    filter,
    tableAlias === undefined ? { fields, now: NOW } : { fields, now: NOW, tableAlias },
  );
  if ('unsupported' in result) throw new Error(result.unsupported);
  return result;
}

const contact = (customerId: string, attributes: Contact['attributes'], email: string | null = null): Contact => ({
  customerId,
  email,
  phone: null,
  telegramChatId: null,
  pushTokens: [],
  language: null,
  timeZone: null,
  createdAt: '2024-01-01T00:00:00.000Z',
  attributes,
});

let store: ContactsDb;
let db: Database.Database;

beforeAll(() => {
  store = openContactsDb();
  db = store.db;
  insertContacts(db, [
    contact('a', { city: "O'Brien Town", points: 5, tags: ['vip'] }, 'a@example.com'),
    contact('b', { city: 'Berlin', points: 50, last_order: '2025-05-31T00:00:00.000Z' }),
    contact('c', {}),
  ]);
  insertMembers(db, 'L1', ['b', 'nobody']);
});

afterAll(() => store.close());

function ids(filter: Filter, alias?: string): string[] {
  const { sql, params } = sqlOf(filter, alias);
  const from = alias === undefined ? CONTACTS_TABLE : `${CONTACTS_TABLE} AS ${alias}`;
  return db
    .prepare(`SELECT customer_id FROM ${from} WHERE ${sql} ORDER BY customer_id`)
    .pluck()
    .all(...params) as string[];
}

describe('the contacts table layout', () => {
  it('has a column for every built-in field and one JSON object for the rest', () => {
    expect(Object.keys(CONTACT_COLUMNS)).toEqual([...BUILTIN_CUSTOMER_FIELDS]);
    const columns = (db.prepare(`PRAGMA table_info(${CONTACTS_TABLE})`).all() as { name: string }[]).map(
      (column) => column.name,
    );
    expect(columns).toEqual([...Object.values(CONTACT_COLUMNS), ATTRIBUTES_COLUMN]);
  });

  it('refuses JSON that would break every filter query', () => {
    const insert = (attributes: string, tokens = '[]') =>
      db
        .prepare(
          "INSERT INTO contacts (customer_id, created_at, attributes, push_tokens) VALUES ('bad', '2024-01-01T00:00:00.000Z', ?, ?)",
        )
        .run(attributes, tokens);
    expect(() => insert('{oops')).toThrow(/CHECK constraint failed/);
    expect(() => insert('[1]')).toThrow(/CHECK constraint failed/);
    expect(() => insert('{}', '"token"')).toThrow(/CHECK constraint failed/);
  });
});

describe('filterToSql', () => {
  it('writes "1" for a filter without rules', () => {
    expect(sqlOf({ combinator: 'and', groups: [] })).toEqual({ sql: '1', params: [] });
    expect(sqlOf({ combinator: 'or', groups: [{ combinator: 'and', rules: [] }] })).toEqual({ sql: '1', params: [] });
  });

  it('writes "0" for a rule with issues, so it is false as in the evaluator', () => {
    expect(sqlOf(oneRule({ field: 'nope', operator: 'isNotSet' }))).toEqual({ sql: '0', params: [] });
    expect(ids(oneRule({ field: 'city', operator: 'notEquals' }))).toEqual([]);
  });

  it('never puts a value into the SQL text', () => {
    const hostile = "x'); DROP TABLE contacts; --";
    const { sql, params } = sqlOf(oneRule({ field: 'city', operator: 'in', value: [hostile, "O'Brien Town"] }));
    expect(sql).not.toContain('DROP');
    expect(sql).not.toContain('Brien');
    expect(params).toEqual([JSON.stringify([hostile.toLowerCase(), "o'brien town"])]);
    expect(ids(oneRule({ field: 'city', operator: 'in', value: [hostile, "O'Brien Town"] }))).toEqual(['a']);
    expect(ids(oneRule({ field: 'city', operator: 'equals', value: hostile }))).toEqual([]);
    expect(db.prepare('SELECT count(*) FROM contacts').pluck().get()).toBe(3);
  });

  it('passes a long list as one JSON parameter, well within SQLite’s parameter limit', () => {
    const many = Array.from({ length: 50_000 }, (_, i) => `city ${i}`);
    const { params } = sqlOf(oneRule({ field: 'city', operator: 'notIn', value: [...many, 'Berlin'] }));
    expect(params).toHaveLength(1);
    expect(ids(oneRule({ field: 'city', operator: 'notIn', value: [...many, 'Berlin'] }))).toEqual(['a', 'c']);
  });

  it('reads custom fields through a quoted JSON path and built-ins from their columns', () => {
    expect(sqlOf(oneRule({ field: 'last_order', operator: 'isSet' })).sql).toContain(`'$."last_order"'`);
    expect(sqlOf(oneRule({ field: 'email', operator: 'isSet' })).sql).toContain('contacts.email');
    expect(ids(oneRule({ field: 'email', operator: 'isSet' }))).toEqual(['a']);
    expect(ids(oneRule({ field: 'last_order', operator: 'withinLastDays', value: 7 }))).toEqual(['b']);
    expect(ids(oneRule({ field: 'tags', operator: 'contains', value: 'VIP' }))).toEqual(['a']);
    expect(ids(oneRule({ field: 'points', operator: 'between', value: [5, 49] }))).toEqual(['a']);
  });

  it('checks membership of contact lists with a subquery', () => {
    expect(ids(oneRule({ field: 'customerId', operator: 'inContactList', value: 'L1' }))).toEqual(['b']);
    expect(ids(oneRule({ field: 'customerId', operator: 'notInContactList', value: 'L1' }))).toEqual(['a', 'c']);
  });

  it('writes columns against the alias the query gives the table', () => {
    const filter = {
      combinator: 'or' as const,
      groups: [
        {
          combinator: 'or' as const,
          rules: [
            { field: 'city', operator: 'equals' as const, value: 'berlin' },
            { field: 'customerId', operator: 'inContactList' as const, value: 'L1' },
          ],
        },
      ],
    };
    expect(sqlOf(filter, 'c').sql).not.toContain('contacts.');
    expect(ids(filter, 'c')).toEqual(['b']);
    expect(() => filterToSql(filter, { fields, now: NOW, tableAlias: 'c; DROP' })).toThrow(
      '"c; DROP" is not a plain SQL identifier',
    );
  });

  it('is unsupported for a field whose key could not be written safely, so the caller falls back', () => {
    const odd: FieldDefinition = { key: 'bad"key', label: 'Bad', description: '', type: 'text', builtIn: false };
    expect(
      filterToSql(oneRule({ field: 'bad"key', operator: 'isSet' }), { fields: [...fields, odd], now: NOW }),
    ).toEqual({
      unsupported: 'The field key "bad"key" cannot be used in SQL',
    });
  });

  it('refuses an invalid "now"', () => {
    expect(() =>
      filterToSql(oneRule({ field: 'city', operator: 'isSet' }), { fields, now: new Date(Number.NaN) }),
    ).toThrow(RangeError);
  });
});
