import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3';
import type { Filter } from '../../../../shared/model/filter';
import { seededRandom } from '../../../support/seeded-random';
import {
  allFields,
  compileFilter,
  FIELD_TYPES,
  listMembershipFrom,
  type Contact,
  type FieldDefinition,
  type ListMembership,
} from '../../../../shared/audience/index';
import { GENERATED_CUSTOM_FIELDS, generateContacts } from '../../../support/generate-contacts';
import { type ContactRow } from '../../../../electron/services/audience/contacts-table';
import {
  codePointOrder,
  countFilterMatches,
  memoisedByArguments,
  scanFilterMatches,
  type Cell,
} from '../../../../electron/services/audience/filter-scan';
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
 * The scan that evaluates filters SQL cannot express reads only the values a filter needs, picked
 * out by SQLite. It must select exactly what compileFilter selects over whole contacts read back
 * from the same rows — generated data, odd rows, lists, and keys a JSON path cannot name.
 */

const NOW = new Date('2025-06-01T12:00:00.000Z');
// Keys the app no longer lets anyone create but older data may have: SQL cannot use them.
const QUOTED_KEY = 'nick "name"';
const SPACED_KEY = 'Kunden Tier';
const fields: FieldDefinition[] = allFields([
  ...GENERATED_CUSTOM_FIELDS,
  ...EXTRA_FIELDS,
  { key: QUOTED_KEY, label: 'Nick', description: '', type: 'text' },
  { key: SPACED_KEY, label: 'Tier (old)', description: '', type: 'choice', options: ['Gold', 'Silver'] },
]);

function legacyRow(index: number, attributes: Record<string, unknown>): ContactRow {
  return {
    customer_id: `legacy_${index}`,
    email: null,
    phone: null,
    telegram_chat_id: null,
    push_tokens: '[]',
    language: null,
    time_zone: null,
    created_at: '2024-01-01T00:00:00.000Z',
    attributes: JSON.stringify(attributes),
  };
}

let store: ContactsDb;
let db: Database.Database;
let contacts: Contact[];
let membership: ListMembership;

beforeAll(() => {
  store = openContactsDb();
  db = store.db;
  insertContacts(db, generateContacts(1_000, { seed: 11, now: NOW }));
  insertRows(db, ODD_ROWS);
  insertRows(db, [
    legacyRow(1, { [QUOTED_KEY]: 'Ace', [SPACED_KEY]: 'gold' }),
    legacyRow(2, { [QUOTED_KEY]: 'ace', [SPACED_KEY]: 'Silver', city: 'Berlin' }),
    legacyRow(3, { [SPACED_KEY]: 7 }),
    // Supplementary-plane ids sort after every BMP id in SQLite (UTF-8) but not by UTF-16 units.
    { ...legacyRow(4, { [SPACED_KEY]: 'Gold' }), customer_id: '\u{1F600}' },
    { ...legacyRow(5, { [SPACED_KEY]: 'Gold' }), customer_id: '\uFF21' },
  ]);
  const random = seededRandom(3);
  const ids = (db.prepare('SELECT customer_id FROM contacts').pluck().all() as string[]).sort();
  insertMembers(db, 'list-a', [...ids.filter(() => random.int(100) < 30), ...STRANGER_IDS]);
  insertMembers(
    db,
    'list-b',
    ids.filter(() => random.int(100) < 5),
  );
  contacts = readContacts(db);
  membership = listMembershipFrom(readLists(db));
});

afterAll(() => store.close());

function expected(filter: Filter): string[] {
  const matches = compileFilter(filter, { fields, now: NOW, listMembership: membership });
  return contacts.filter(matches).map((contact) => contact.customerId);
}

function scanned(filter: Filter, orderBy: string | null = 'c.customer_id', learningRows?: number): string[] {
  const ids: string[] = [];
  scanFilterMatches(
    db,
    { conditions: [], orderBy },
    filter,
    { fields, now: NOW, learningRows },
    (id) => void ids.push(id),
  );
  return ids;
}

/**
 * How much the learning pass reads before a scan: nothing (every row goes to the evaluator), the
 * first rows (SQLite answers what they hold, the evaluator the values met later) and every row.
 */
const LEARNING = [0, 40, undefined];

/**
 * The filters whose scan disagrees with the evaluator over whole contacts, at most ten. `selected`,
 * when given, receives how many contacts each filter selects. Each filter is scanned once, the
 * learning passes taking turns (or with every pass, for a few hand-picked filters): the generated
 * cases give each operator several values in a row, so each such operator meets each pass, and
 * the file stays fast on a busy machine (a scan with its learning pass takes milliseconds, and
 * there are hundreds of cases).
 */
function disagreements(
  filters: readonly Filter[],
  selected: number[] = [],
  everyPass = false,
): { filter: string; learningRows: number | 'all'; expected: number; scanned: number }[] {
  return filters
    .flatMap((filter, index) => {
      const want = new Set(expected(filter));
      selected.push(want.size);
      const passes = everyPass ? LEARNING : [LEARNING[index % LEARNING.length]];
      return passes.map((learningRows) => ({
        filter,
        want,
        learningRows,
        got: new Set(scanned(filter, null, learningRows)),
      }));
    })
    .filter(({ want, got }) => want.size !== got.size || [...want].some((id) => !got.has(id)))
    .slice(0, 10)
    .map(({ filter, want, learningRows, got }) => ({
      filter: JSON.stringify(filter),
      learningRows: learningRows ?? 'all',
      expected: want.size,
      scanned: got.size,
    }));
}

describe('scanFilterMatches', () => {
  it.each(FIELD_TYPES)('selects what the evaluator selects for every operator on every %s field', (type) => {
    const rules = singleRules(
      contacts,
      fields.filter((field) => field.type === type),
      FIELD_TYPES.indexOf(type) + 1,
      4,
    );
    expect(rules.length).toBeGreaterThan(20);
    const selected: number[] = [];
    expect(disagreements(rules.map(filterOf), selected)).toEqual([]);
    // A rule that selects no one or everyone proves little: a good share of them split the contacts.
    const splitting = selected.filter((count) => count > 0 && count < contacts.length).length;
    expect(splitting / rules.length).toBeGreaterThan(0.25);
  });

  it('agrees on contact-list rules and random AND/OR nesting', () => {
    const lists = ['list-a', 'list-b', 'list-missing'].flatMap((listId) =>
      (['inContactList', 'notInContactList'] as const).map((operator) =>
        filterOf({ field: 'customerId', operator, value: listId }),
      ),
    );
    const nested = compoundFilters(singleRules(contacts, fields, 9, 2), 77, 250);
    expect(disagreements([...lists, ...nested])).toEqual([]);
    expect(
      expected(filterOf({ field: 'customerId', operator: 'inContactList', value: 'list-a' })).length,
    ).toBeGreaterThan(200);
  });

  it('reads keys a JSON path cannot name from the whole attributes object', () => {
    expect(scanned(filterOf({ field: QUOTED_KEY, operator: 'equals', value: 'ACE' }))).toEqual([
      'legacy_1',
      'legacy_2',
    ]);
    // In SQLite's order: by code point, so the emoji (a surrogate pair in UTF-16) comes last.
    expect(scanned(filterOf({ field: SPACED_KEY, operator: 'in', value: ['Gold'] }))).toEqual([
      'legacy_1',
      '\uFF21',
      '\u{1F600}',
    ]);
    const mixed: Filter = {
      combinator: 'and',
      groups: [
        {
          combinator: 'and',
          rules: [
            { field: SPACED_KEY, operator: 'isSet' },
            { field: 'city', operator: 'equals', value: 'berlin' },
          ],
        },
      ],
    };
    expect(scanned(mixed)).toEqual(['legacy_2']);
    expect(
      disagreements(
        [
          mixed,
          filterOf({ field: SPACED_KEY, operator: 'isNotSet' }),
          filterOf({ field: QUOTED_KEY, operator: 'startsWith', value: 'a' }),
        ],
        [],
        true,
      ),
    ).toEqual([]);
  });

  it('visits matches in the order asked for, within the SQL conditions, and stops when told', () => {
    const filter = filterOf({ field: 'tier', operator: 'equals', value: 'gold' });
    const byEmail = db
      .prepare('SELECT customer_id FROM contacts AS c ORDER BY c.email DESC, c.customer_id DESC')
      .pluck()
      .all() as string[];
    const want = new Set(expected(filter));
    expect(scanned(filter, 'c.email DESC, c.customer_id DESC')).toEqual(byEmail.filter((id) => want.has(id)));

    const ids: string[] = [];
    scanFilterMatches(
      db,
      { conditions: [{ sql: 'c.language = ?', params: ['de'] }], orderBy: 'c.customer_id' },
      filter,
      { fields, now: NOW },
      (id) => {
        ids.push(id);
        return ids.length < 3;
      },
    );
    const german = contacts
      .filter((contact) => contact.language === 'de' && want.has(contact.customerId))
      .map((contact) => contact.customerId);
    expect(ids).toEqual(german.slice(0, 3));
  });
});

describe('countFilterMatches', () => {
  it('counts every match and keeps the first ones by customerId as SQLite sorts them', () => {
    const filter = filterOf({ field: SPACED_KEY, operator: 'in', value: ['gold'] });
    const sqlOrder = db
      .prepare(
        "SELECT customer_id FROM contacts WHERE customer_id IN ('legacy_1', '\uFF21', '\u{1F600}') ORDER BY customer_id",
      )
      .pluck()
      .all();
    expect(sqlOrder).toEqual(['legacy_1', '\uFF21', '\u{1F600}']);
    expect(countFilterMatches(db, [], filter, { fields, now: NOW }, 2)).toEqual({
      count: 3,
      sample: ['legacy_1', '\uFF21'],
    });

    const tier = filterOf({ field: 'tier', operator: 'equals', value: 'Gold' });
    const all = expected(tier).sort(codePointOrder);
    expect(countFilterMatches(db, [], tier, { fields, now: NOW }, 5)).toEqual({
      count: all.length,
      sample: all.slice(0, 5),
    });
    expect(countFilterMatches(db, [{ sql: '0', params: [] }], tier, { fields, now: NOW }, 5)).toEqual({
      count: 0,
      sample: [],
    });
  });

  it('keeps the sample within the SQL conditions, whatever order SQLite checks them in', () => {
    const tier = filterOf({ field: 'tier', operator: 'equals', value: 'Gold' });
    const inListB = {
      sql: 'EXISTS (SELECT 1 FROM contact_list_members AS m WHERE m.list_id = ? AND m.customer_id = c.customer_id)',
      params: ['list-b'],
    };
    const members = new Set(readLists(db).get('list-b'));
    const want = expected(tier)
      .filter((id) => members.has(id))
      .sort(codePointOrder);
    expect(want.length).toBeGreaterThan(5);
    expect(countFilterMatches(db, [inListB], tier, { fields, now: NOW }, 5)).toEqual({
      count: want.length,
      sample: want.slice(0, 5),
    });
  });

  it('counts every contact for a filter that reads nothing, and none for one whose rules are all invalid', () => {
    expect(countFilterMatches(db, [], { combinator: 'and', groups: [] }, { fields, now: NOW }, 1).count).toBe(
      contacts.length,
    );
    expect(
      countFilterMatches(
        db,
        [],
        filterOf({ field: 'noSuchField', operator: 'equals', value: 'x' }),
        { fields, now: NOW },
        1,
      ).count,
    ).toBe(0);
  });
});

describe('the evaluator answers remembered per distinct values', () => {
  const counting = () => {
    const seen: Cell[][] = [];
    return {
      seen,
      evaluate: (args: Cell[]) => (seen.push(args), args.slice(1).some((cell) => cell === 'Gold' || cell === 1)),
    };
  };

  it('evaluates each distinct tuple once, keeping types and cell boundaries apart', () => {
    const { seen, evaluate } = counting();
    const matches = memoisedByArguments(evaluate, 1);
    const rows: Cell[][] = [
      ['c1', 'Gold', null],
      ['c2', 'Gold', null],
      ['c3', '1', null],
      ['c4', 1, null],
      ['c5', 'a', 'bc'],
      ['c6', 'ab', 'c'],
      ['c7', null, 'Gold'],
      ['c8', 'null', 'x'],
    ];
    expect(rows.map(matches)).toEqual([true, true, false, true, false, false, true, false]);
    expect(seen.map((args) => args[0])).toEqual(['c1', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8']);
    const one = memoisedByArguments(evaluate, 1);
    seen.length = 0;
    expect(
      [
        ['d1', 1],
        ['d2', '1'],
        ['d3', 1],
        ['d4', Buffer.from('1')],
        ['d5', Buffer.from('1')],
      ].map((row) => one(row as Cell[])),
    ).toEqual([true, false, true, false, false]);
    expect(seen.map((args) => args[0])).toEqual(['d1', 'd2', 'd4']);
  });

  it('stops remembering when the values are too varied, and still answers every row', () => {
    const { seen, evaluate } = counting();
    const matches = memoisedByArguments(evaluate, 1, 3);
    const rows: Cell[][] = ['Gold', 'a', 'b', 'c', 'Gold', 'a', 'Gold'].map((value, index) => [`c${index}`, value]);
    expect(rows.map(matches)).toEqual([true, false, false, false, true, false, true]);
    expect(seen).toHaveLength(7);
  });
});

describe('what crosses from SQLite into the evaluator', () => {
  /** The connection's SQL functions wrapped to record the arguments of every call. */
  function recordingCalls(target: Database.Database): Map<string, unknown[][]> {
    const calls = new Map<string, unknown[][]>();
    const register = target.function.bind(target) as (...args: unknown[]) => Database.Database;
    (target as unknown as { function: (...args: unknown[]) => Database.Database }).function = (...args) => {
      const name = args[0] as string;
      const implementation = args[args.length - 1] as (...cells: unknown[]) => unknown;
      const recorded: unknown[][] = [];
      calls.set(name, recorded);
      const wrapped =
        implementation.length === 1
          ? (a: unknown) => (recorded.push([a]), implementation(a))
          : implementation.length === 2
            ? (a: unknown, b: unknown) => (recorded.push([a, b]), implementation(a, b))
            : (...cells: unknown[]) => (recorded.push(cells), implementation(...cells));
      return register(...args.slice(0, -1), wrapped);
    };
    return calls;
  }

  it('counts with only the values the filter reads, and hands over the ids of matching rows alone', () => {
    const own = openContactsDb();
    try {
      const calls = recordingCalls(own.db);
      insertContacts(own.db, generateContacts(300, { seed: 5, now: NOW }));
      const filter = filterOf({ field: 'city', operator: 'startsWith', value: 'ber' });
      const matching = readContacts(own.db)
        .filter(compileFilter(filter, { fields, now: NOW }))
        .map((contact) => contact.customerId)
        .sort(codePointOrder);
      expect(matching.length).toBeGreaterThan(5);
      expect(matching.length).toBeLessThan(150);
      const callsTo = (wanted: (name: string) => boolean) =>
        [...calls].filter(([name]) => wanted(name)).flatMap(([, recorded]) => recorded.splice(0));
      const isMatch = (name: string) => name.startsWith('journey_studio_filter_matches');

      // Every row lies within the learning pass: SQLite answers each from the values it met there.
      expect(countFilterMatches(own.db, [], filter, { fields, now: NOW }, 5)).toEqual({
        count: matching.length,
        sample: matching.slice(0, 5),
      });
      expect(callsTo(isMatch)).toEqual([]);
      expect(
        callsTo((name) => !isMatch(name))
          .map((args) => args[0] as string)
          .sort(codePointOrder),
      ).toEqual(matching);

      // Learning from the first 100 rows: later rows with a city not met there, and only those,
      // go to the evaluator, with one argument each: the city's JSON text, never the customerId.
      const cities = own.db.prepare(`SELECT attributes -> '$."city"' FROM contacts ORDER BY rowid`).pluck().all() as (
        string | null
      )[];
      const learnt = new Set(cities.slice(0, 100));
      const unseen = cities.slice(100).filter((city) => !learnt.has(city));
      expect(unseen.length).toBeGreaterThan(10);
      expect(countFilterMatches(own.db, [], filter, { fields, now: NOW, learningRows: 100 }, 5)).toEqual({
        count: matching.length,
        sample: matching.slice(0, 5),
      });
      const evaluated = callsTo(isMatch);
      expect(evaluated.every((args) => args.length === 1)).toBe(true);
      expect(evaluated.map((args) => args[0])).toEqual(unseen);
      expect(
        callsTo((name) => !isMatch(name))
          .map((args) => args[0] as string)
          .sort(codePointOrder),
      ).toEqual(matching);

      // Without a learning pass every row goes to the evaluator.
      countFilterMatches(own.db, [], filter, { fields, now: NOW, learningRows: 0 }, 5);
      expect(callsTo(isMatch)).toHaveLength(300);
    } finally {
      own.close();
    }
  });

  it('looks up tuples of several values and list flags learnt, and evaluates the ones met later', () => {
    const filter: Filter = {
      combinator: 'or',
      groups: [
        {
          combinator: 'and',
          rules: [
            { field: 'tier', operator: 'equals', value: 'Gold' },
            { field: 'customerId', operator: 'inContactList', value: 'list-b' },
          ],
        },
        { combinator: 'and', rules: [{ field: 'city', operator: 'startsWith', value: 'm' }] },
      ],
    } as Filter;
    const want = expected(filter).sort(codePointOrder);
    expect(want.length).toBeGreaterThan(20);
    for (const learningRows of LEARNING) {
      expect(countFilterMatches(db, [], filter, { fields, now: NOW, learningRows }, 3)).toEqual({
        count: want.length,
        sample: want.slice(0, 3),
      });
    }
  });

  it('keeps no sample when asked for none', () => {
    const tier = filterOf({ field: 'tier', operator: 'equals', value: 'Gold' });
    expect(countFilterMatches(db, [], tier, { fields, now: NOW }, 0)).toEqual({
      count: expected(tier).length,
      sample: [],
    });
  });
});
